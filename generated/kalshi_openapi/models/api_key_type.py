from typing import Literal, cast

ApiKeyType = Literal["ed25519", "rsa"]

API_KEY_TYPE_VALUES: set[ApiKeyType] = {
    "ed25519",
    "rsa",
}


def check_api_key_type(value: str) -> ApiKeyType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(ApiKeyType, value)
