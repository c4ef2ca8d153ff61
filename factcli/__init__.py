"""factcli: sourced, bilingual fact lookup about Hong Kong universities."""

__version__ = "0.1.0"
