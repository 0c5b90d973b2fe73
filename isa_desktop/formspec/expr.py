"""The small condition language of ``visible_if`` / ``required_if``, parsed and never ``eval``ed.

Grammar (lowest precedence first)::

    expr       := or_expr
    or_expr    := and_expr ("or" and_expr)*
    and_expr   := not_expr ("and" not_expr)*
    not_expr   := "not" not_expr | comparison
    comparison := operand (("==" | "!=" | "<" | "<=" | ">" | ">=" | "in" | "not in") operand)?
    operand    := NAME | STRING | NUMBER | "true" | "false" | "null" | list | "(" expr ")"
    list       := "[" (operand ("," operand)*)? "]"

A NAME is a question id; its value comes from the answers mapping (unanswered = ``None``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

_TOKEN = re.compile(
    r"""\s*(?:
        (?P<number>-?\d+(?:\.\d+)?)
      | (?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
      | (?P<op>==|!=|<=|>=|<|>|\(|\)|\[|\]|,)
      | (?P<name>[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)
    )""",
    re.VERBOSE,
)
_KEYWORDS = {"and", "or", "not", "in", "true", "false", "null"}
_MAX_LENGTH = 2000

Value = Any
Node = Callable[[Mapping[str, Value]], Value]


class ExpressionError(ValueError):
    """An expression that does not parse; the message says where."""


@dataclass(frozen=True)
class Expression:
    """A parsed condition: call :meth:`evaluate` with the answers; :attr:`names` it reads."""

    source: str
    names: frozenset[str]
    _node: Node

    def evaluate(self, answers: Mapping[str, Value]) -> bool:
        """True when the condition holds for ``answers``."""
        return bool(self._node(answers))


def _tokenize(source: str) -> list[tuple[str, str]]:
    if len(source) > _MAX_LENGTH:
        raise ExpressionError(f"expression longer than {_MAX_LENGTH} characters")
    tokens: list[tuple[str, str]] = []
    pos = 0
    while pos < len(source):
        if source[pos:].strip() == "":
            break
        match = _TOKEN.match(source, pos)
        if not match:
            raise ExpressionError(f"unexpected character {source[pos:].strip()[0]!r} at {pos}")
        kind = match.lastgroup or ""
        text = match.group(kind)
        if kind == "name" and text in _KEYWORDS:
            kind = "kw"
        tokens.append((kind, text))
        pos = match.end()
    tokens.append(("end", ""))
    return tokens


def _compare(op: str, left: Value, right: Value) -> bool:
    if op == "==":
        return bool(left == right)
    if op == "!=":
        return bool(left != right)
    if op in ("in", "not in"):
        found = isinstance(right, (list, tuple, str)) and left is not None and left in right
        return found if op == "in" else not found
    if left is None or right is None or isinstance(left, list) or isinstance(right, list):
        return False
    try:
        if op == "<":
            return bool(left < right)
        if op == "<=":
            return bool(left <= right)
        if op == ">":
            return bool(left > right)
        return bool(left >= right)
    except TypeError:
        return False


def _either(left: Node, right: Node) -> Node:
    return lambda answers: bool(left(answers)) or bool(right(answers))


def _both(left: Node, right: Node) -> Node:
    return lambda answers: bool(left(answers)) and bool(right(answers))


def _comparison(op: str, left: Node, right: Node) -> Node:
    return lambda answers: _compare(op, left(answers), right(answers))


class _Parser:
    """Recursive-descent parser producing closures over the answers mapping."""

    def __init__(self, source: str) -> None:
        self.tokens = _tokenize(source)
        self.index = 0
        self.names: set[str] = set()

    def peek(self) -> tuple[str, str]:
        return self.tokens[self.index]

    def take(self) -> tuple[str, str]:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def expect(self, text: str) -> None:
        kind, value = self.take()
        if value != text:
            raise ExpressionError(f"expected {text!r} but found {value or 'the end'!r}")

    def parse(self) -> Node:
        node = self.or_expr()
        if self.peek()[0] != "end":
            raise ExpressionError(f"unexpected {self.peek()[1]!r}")
        return node

    def or_expr(self) -> Node:
        node = self.and_expr()
        while self.peek() == ("kw", "or"):
            self.take()
            node = _either(node, self.and_expr())
        return node

    def and_expr(self) -> Node:
        node = self.not_expr()
        while self.peek() == ("kw", "and"):
            self.take()
            node = _both(node, self.not_expr())
        return node

    def not_expr(self) -> Node:
        if self.peek() == ("kw", "not"):
            self.take()
            inner = self.not_expr()
            return lambda a: not inner(a)
        return self.comparison()

    def comparison(self) -> Node:
        left = self.operand()
        kind, text = self.peek()
        op: str | None = None
        if kind == "op" and text in ("==", "!=", "<", "<=", ">", ">="):
            op = text
            self.take()
        elif (kind, text) == ("kw", "in"):
            op = "in"
            self.take()
        elif (kind, text) == ("kw", "not") and self.tokens[self.index + 1] == ("kw", "in"):
            op = "not in"
            self.index += 2
        if op is None:
            return left
        return _comparison(op, left, self.operand())

    def operand(self) -> Node:
        kind, text = self.take()
        if kind == "number":
            number = float(text) if "." in text else int(text)
            return lambda a: number
        if kind == "string":
            literal = re.sub(r"\\(.)", r"\1", text[1:-1])
            return lambda a: literal
        if kind == "kw" and text in ("true", "false", "null"):
            constant = {"true": True, "false": False, "null": None}[text]
            return lambda a: constant
        if kind == "name":
            self.names.add(text)
            return lambda a: a.get(text)
        if text == "(":
            node = self.or_expr()
            self.expect(")")
            return node
        if text == "[":
            items: list[Node] = []
            if self.peek()[1] != "]":
                items.append(self.operand())
                while self.peek()[1] == ",":
                    self.take()
                    items.append(self.operand())
            self.expect("]")
            return lambda a: [item(a) for item in items]
        raise ExpressionError(f"expected a value but found {text or 'the end'!r}")


def parse_expression(source: str) -> Expression:
    """Parse ``source`` or raise :class:`ExpressionError` saying what is wrong."""
    parser = _Parser(source)
    node = parser.parse()
    return Expression(source=source, names=frozenset(parser.names), _node=node)
