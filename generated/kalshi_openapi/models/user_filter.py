from typing import Literal, cast

UserFilter = Literal["self"]

USER_FILTER_VALUES: set[UserFilter] = {
    "self",
}


def check_user_filter(value: str) -> UserFilter:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(UserFilter, value)
