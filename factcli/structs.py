"""`@dataclass` for the classes a plain `ask` makes, without the dataclasses module.

`import dataclasses` loads inspect, ast, dis and tokenize (7.6 ms), and each class it makes
execs five or six generated methods (0.7 ms a class, nine classes on the ask path): 14 ms of a
start whose bound is 3.5× an empty argparse CLI (bench/run.py). Here one small exec a class
writes `__init__`; equality, hash, repr and frozenness are shared functions.

The classes behave as the dataclasses that `dataclass` (the subset below) would make:
positional or keyword construction, defaults and `field(default_factory=...)`, `__post_init__`,
equality and (when frozen) hash by field values, the same repr, `__match_args__`, `slots=True`,
and `FrozenInstanceError` on assignment to a frozen instance. Not supported, and refused rather
than ignored: inherited fields, `InitVar`, `KW_ONLY`, and `field()`'s other options.
"""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING, Any, TypeVar, overload

if TYPE_CHECKING:
    from collections.abc import Callable

T = TypeVar("T", bound=type)

_MISSING: Any = object()
_set = object.__setattr__


class FrozenInstanceError(AttributeError):
    """Assignment to a field of a frozen instance (as dataclasses.FrozenInstanceError)."""


class Field:
    """A field's default or default factory, as `field()` declares it in the class body."""

    __slots__ = ("default", "default_factory")

    def __init__(self, default: Any, default_factory: Callable[[], Any] | Any) -> None:
        self.default = default
        self.default_factory = default_factory


def field(*, default: Any = _MISSING, default_factory: Callable[[], Any] | Any = _MISSING) -> Any:
    """A field with a default or a default factory (dataclasses.field's two common uses)."""
    if default is not _MISSING and default_factory is not _MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory)


@overload
def dataclass(cls: T, /) -> T: ...
@overload
def dataclass(*, frozen: bool = ..., slots: bool = ...) -> Callable[[T], T]: ...


def dataclass(cls: T | None = None, /, *, frozen: bool = False,
              slots: bool = False) -> T | Callable[[T], T]:
    """Make cls a value class from its annotated fields, as @dataclass(frozen=, slots=) does."""
    def wrap(cls: T) -> T:
        return _process(cls, frozen, slots)

    return wrap if cls is None else wrap(cls)


def _process(cls: T, frozen: bool, slots: bool) -> T:
    for base in cls.__mro__[1:-1]:
        if "_struct_fields" in base.__dict__ or "__dataclass_fields__" in base.__dict__:
            raise TypeError(f"{cls.__name__}: inherited fields are not supported")
    names: list[str] = []
    defaults: dict[str, Any] = {}
    factories: dict[str, Callable[[], Any]] = {}
    # inspect.get_annotations would load inspect, the very import this module avoids.
    for name, annotation in cls.__dict__.get("__annotations__", {}).items():  # noqa: RUF063
        text = annotation if isinstance(annotation, str) else repr(annotation)
        if text.startswith(("ClassVar", "typing.ClassVar")):
            continue
        if text.startswith(("InitVar", "dataclasses.InitVar", "KW_ONLY", "dataclasses.KW_ONLY")):
            raise TypeError(f"{cls.__name__}.{name}: {text} is not supported")
        names.append(name)
        value = cls.__dict__.get(name, _MISSING)
        if isinstance(value, Field):
            if value.default_factory is not _MISSING:
                factories[name] = value.default_factory
            elif value.default is not _MISSING:
                defaults[name] = value.default
        elif value is not _MISSING:
            defaults[name] = value
        elif defaults or factories:
            raise TypeError(f"non-default argument {name!r} follows default argument")
    values = _values_getter(names)
    own = cls.__dict__
    methods: dict[str, Any] = {"_struct_fields": tuple(names)}
    if "__init__" not in own:
        methods["__init__"] = _make_init(cls, names, defaults, factories, frozen,
                                         "__post_init__" in own)
    if "__repr__" not in own:
        methods["__repr__"] = _repr
    if "__eq__" not in own:
        methods["__eq__"] = _make_eq(values)
    if "__match_args__" not in own:
        methods["__match_args__"] = tuple(names)
    if own.get("__hash__", _MISSING) is _MISSING or (own["__hash__"] is None
                                                     and "__eq__" in own):
        methods["__hash__"] = _make_hash(values) if frozen else None
    if slots:
        made = _with_slots(cls, names, methods)
    else:
        for name in names:
            # A plain default stays a class attribute, as dataclasses leaves it; a field()
            # marker does not.
            if name in defaults:
                setattr(cls, name, defaults[name])
            elif isinstance(own.get(name), Field):
                delattr(cls, name)
        for name, value in methods.items():
            setattr(cls, name, value)
        made = cls
    if frozen:
        made.__setattr__ = _frozen_setattr(made, names)  # type: ignore[method-assign]
        made.__delattr__ = _frozen_delattr(made, names)  # type: ignore[method-assign]
    return made


def _with_slots(cls: T, names: list[str], methods: dict[str, Any]) -> T:
    """The class made again with __slots__, as dataclasses does for slots=True (slots must
    be known when a class is created); class-level defaults would clash with the slots."""
    body = {key: value for key, value in cls.__dict__.items()
            if key not in names and key not in {"__dict__", "__weakref__"}}
    body.update(methods)
    body["__slots__"] = tuple(names)
    made = type(cls)(cls.__name__, cls.__bases__, body)
    made.__qualname__ = cls.__qualname__
    return made  # type: ignore[return-value]


def _values_getter(names: list[str]) -> Callable[[object], tuple[Any, ...]]:
    if len(names) > 1:
        return attrgetter(*names)
    if names:
        only = attrgetter(names[0])
        return lambda self: (only(self),)
    return lambda self: ()


def _make_init(cls: type, names: list[str], defaults: dict[str, Any],
               factories: dict[str, Callable[[], Any]], frozen: bool,
               post_init: bool) -> Callable[..., None]:
    """__init__ written out as dataclasses writes it, so construction costs what it does
    there (a batch makes hundreds of scored candidates a question)."""
    namespace: dict[str, Any] = {"_MISSING": _MISSING, "_set": _set}
    parameters, lines = [], []
    for name in names:
        if name in factories:
            namespace[f"_factory_{name}"] = factories[name]
            parameters.append(f"{name}=_MISSING")
            value = f"_factory_{name}() if {name} is _MISSING else {name}"
        elif name in defaults:
            namespace[f"_default_{name}"] = defaults[name]
            parameters.append(f"{name}=_default_{name}")
            value = name
        else:
            parameters.append(name)
            value = name
        lines.append(f"_set(self, {name!r}, {value})" if frozen else f"self.{name} = {value}")
    if post_init:
        lines.append("self.__post_init__()")
    source = (f"def __init__(self, {', '.join(parameters)}):\n    "
              + "\n    ".join(lines or ["pass"]))
    exec(source, namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    return init  # type: ignore[no-any-return]


def _repr(self: Any) -> str:
    fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._struct_fields)
    return f"{self.__class__.__qualname__}({fields})"


def _make_eq(values: Callable[[object], tuple[Any, ...]]) -> Callable[[Any, object], Any]:
    def __eq__(self: Any, other: object) -> Any:
        if other.__class__ is self.__class__:
            return values(self) == values(other)
        return NotImplemented

    return __eq__


def _make_hash(values: Callable[[object], tuple[Any, ...]]) -> Callable[[Any], int]:
    def __hash__(self: Any) -> int:
        return hash(values(self))

    return __hash__


def _frozen_setattr(cls: type, names: list[str]) -> Callable[[Any, str, Any], None]:
    fields = frozenset(names)

    def __setattr__(self: Any, name: str, value: Any) -> None:
        if type(self) is cls or name in fields:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    return __setattr__


def _frozen_delattr(cls: type, names: list[str]) -> Callable[[Any, str], None]:
    fields = frozenset(names)

    def __delattr__(self: Any, name: str) -> None:
        if type(self) is cls or name in fields:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __delattr__
