from typing import Literal, cast

BookSide = Literal["ask", "bid"]

BOOK_SIDE_VALUES: set[BookSide] = {
    "ask",
    "bid",
}


def check_book_side(value: str) -> BookSide:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(BookSide, value)
