"""Pages of a cursor-paged list, for the generated list methods of both clients.

A page holds its items, the cursor of the next page and the parsed response. Iterating a page
yields its items and then those of the pages after it, fetched as the iteration reaches them;
`iter_pages()` (`aiter_pages()` on an AsyncPage) yields whole pages. Paging stops at a page
without a cursor, at a cursor already seen (a server that repeats itself), or after
`max_pages` pages when a bound was given.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, TypeVar

from ._call import Page as _PageData

T = TypeVar("T")

__all__ = ["AsyncPage", "Page", "check_max_pages"]


def check_max_pages(max_pages: Any) -> int | None:
    """None (no bound) or a positive int."""
    if max_pages is None:
        return None
    if isinstance(max_pages, bool) or not isinstance(max_pages, int):
        raise TypeError(f"max_pages must be an int, got {type(max_pages).__name__}")
    if max_pages < 1:
        raise ValueError(f"max_pages must be at least 1, got {max_pages}")
    return max_pages


class _Linked(_PageData[T]):
    """What both page kinds hold: the response, how to fetch the next page, and the bound."""

    __slots__ = ("_fetch", "_max_pages", "_number", "_seen", "response")

    def __init__(
        self,
        items: list[T],
        cursor: str | None,
        response: Any,
        fetch: Callable[[str], Any],
        *,
        max_pages: int | None = None,
    ) -> None:
        super().__init__(items, cursor)
        self.response = response
        self._fetch = fetch
        self._max_pages = max_pages
        self._number = 1
        self._seen: frozenset[str] = frozenset()

    def has_next_page(self) -> bool:
        """Whether a page follows this one (a new cursor, within the page bound)."""
        cursor = self.cursor
        most = self._max_pages
        return (
            cursor is not None
            and cursor not in self._seen
            and (most is None or self._number < most)
        )

    def _follows(self, page: _L) -> _L:
        """`page`, fetched with this page's cursor, takes its place in the chain."""
        assert self.cursor is not None
        page._max_pages = self._max_pages
        page._number = self._number + 1
        page._seen = self._seen | {self.cursor}
        return page

    def __repr__(self) -> str:
        return f"{type(self).__name__}({len(self.items)} items, cursor={self.cursor!r})"


_L = TypeVar("_L", bound=_Linked[Any])


class Page(_Linked[T]):
    """One page of a list; iterating it walks this page and every page after it."""

    __slots__ = ()
    _fetch: Callable[[str], Page[T]]

    def next_page(self) -> Page[T] | None:
        """The page after this one, fetched now; None after the last."""
        if self.cursor is None or not self.has_next_page():
            return None
        return self._follows(self._fetch(self.cursor))

    def iter_pages(self) -> Iterator[Page[T]]:
        """This page and each one after it, fetched as the iteration reaches it."""
        page: Page[T] | None = self
        while page is not None:
            yield page
            page = page.next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(_Linked[T]):
    """One page of a list for the async client; `async for` walks it and the pages after."""

    __slots__ = ()
    _fetch: Callable[[str], Awaitable[AsyncPage[T]]]

    async def next_page(self) -> AsyncPage[T] | None:
        """The page after this one, fetched now; None after the last."""
        if self.cursor is None or not self.has_next_page():
            return None
        return self._follows(await self._fetch(self.cursor))

    async def aiter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        """This page and each one after it, fetched as the iteration reaches it."""
        page: AsyncPage[T] | None = self
        while page is not None:
            yield page
            page = await page.next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.aiter_pages():
            for item in page.items:
                yield item
