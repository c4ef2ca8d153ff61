"""factcli.structs makes the classes @dataclass would, for the options factcli uses."""

from __future__ import annotations

import dataclasses

import pytest

from factcli import structs


def _pair(frozen: bool, slots: bool) -> tuple[type, type]:
    """The same class body made by dataclasses and by structs."""
    made = []
    for module in (dataclasses, structs):
        @module.dataclass(frozen=frozen, slots=slots)
        class Point:
            """A point with a label."""

            x: int
            y: int = 0
            tags: tuple[str, ...] = module.field(default_factory=tuple)  # type: ignore[attr-defined]

            @property
            def norm(self) -> int:
                return abs(self.x) + abs(self.y)

        made.append(Point)
    return made[0], made[1]


@pytest.mark.parametrize(("frozen", "slots"), [(False, False), (False, True), (True, False),
                                               (True, True)])
def test_classes_behave_as_dataclasses_do(frozen: bool, slots: bool) -> None:
    """Construction, defaults, factories, equality, hash, repr, match args and slots agree."""
    for cls in _pair(frozen, slots):
        a, b = cls(1, y=2), cls(1, 2)
        assert (a.x, a.y, a.tags, a.norm) == (1, 2, (), 3)
        assert a == b
        assert a != cls(2)
        assert a.__eq__(object()) is NotImplemented
        assert repr(a) == "_pair.<locals>.Point(x=1, y=2, tags=())"
        assert cls.__match_args__ == ("x", "y", "tags")
        assert hasattr(a, "__dict__") is not slots
        assert (cls.__hash__ is None) is not frozen
        if frozen:
            assert hash(a) == hash(b)
            with pytest.raises(AttributeError, match="cannot assign to field 'x'"):
                a.x = 5
            with pytest.raises(AttributeError, match="cannot delete field 'y'"):
                del a.y
        else:
            a.x = 5
            assert a.x == 5
        with pytest.raises(TypeError):
            cls()


def test_post_init_runs_after_the_fields_are_set() -> None:
    @structs.dataclass
    class Totals:
        values: list[int]
        total: int = 0

        def __post_init__(self) -> None:
            self.total = sum(self.values)

    assert Totals([1, 2]).total == 3


def test_default_factories_make_a_new_value_each_time() -> None:
    @structs.dataclass
    class Bag:
        items: list[int] = structs.field(default_factory=list)

    assert Bag().items is not Bag().items


def test_class_methods_written_out_are_kept() -> None:
    @structs.dataclass(frozen=True)
    class Loose:
        value: float

        def __eq__(self, other: object) -> bool:
            return isinstance(other, Loose) and abs(self.value - other.value) < 0.5

        def __hash__(self) -> int:
            return round(self.value)

        def __repr__(self) -> str:
            return f"~{self.value}"

    assert Loose(1.0) == Loose(1.2)
    assert hash(Loose(1.2)) == 1
    assert repr(Loose(1.0)) == "~1.0"


def test_unsupported_options_are_refused() -> None:
    with pytest.raises(TypeError, match="follows default"):
        @structs.dataclass
        class Bad:
            a: int = 0
            b: int

    with pytest.raises(ValueError, match="both"):
        structs.field(default=1, default_factory=list)

    @structs.dataclass
    class Base:
        a: int

    with pytest.raises(TypeError, match="inherited"):
        @structs.dataclass
        class Child(Base):
            b: int
