"""MkDocs hooks for quotekit's site (``hooks:`` in mkdocs.yml); nothing here is part of quotekit.

The docstrings name other objects the Sphinx way (``:class:`Quote```, ``:func:`extract```),
which reads well in ``help()``. mkdocstrings shows such a role as text, so this hook turns
each into the object's name in code, linked to its entry when that is on the same page.
"""

from __future__ import annotations

import re
from typing import Any

# A Sphinx role as mkdocstrings renders it: ":class:<code>Quote</code>", optionally with
# "~" or the "quotekit." prefix, and "()" after a function's name.
ROLE_RE = re.compile(
    r":(?:class|func|meth|attr|data|exc|mod|obj):<code>~?(?:quotekit\.)?([\w.]+?)(\(\))?</code>"
)

# An element's id in the page: mkdocstrings gives each documented object one ("quotekit.Quote").
ID_RE = re.compile(r'\bid="([^"]+)"')


def link_roles(html: str) -> str:
    """``html`` with every Sphinx role replaced by code, linked to its object when on the page.

    >>> link_roles('<h2 id="quotekit.Quote">Quote</h2> see :class:<code>Quote</code>')
    '<h2 id="quotekit.Quote">Quote</h2> see <a href="#quotekit.Quote"><code>Quote</code></a>'
    >>> link_roles(":func:<code>quotekit.extract()</code>")
    '<code>extract()</code>'
    """
    ids = set(ID_RE.findall(html))

    def replace(match: re.Match[str]) -> str:
        name, call = match.group(1), match.group(2) or ""
        code = f"<code>{name}{call}</code>"
        target = f"quotekit.{name}"
        return f'<a href="#{target}">{code}</a>' if target in ids else code

    return ROLE_RE.sub(replace, html)


def on_page_content(html: str, **_kwargs: Any) -> str:
    """MkDocs calls this with each page's HTML: link the docstrings' roles."""
    return link_roles(html)
