"""The tool's signing keys as platforms see them: a JSON Web Key Set at a stable URL (/lti/jwks.json).

The current key signs (deep-linking responses, service token requests); the previous one stays in
the set after `course lti rotate-key`, so a platform that cached the set before the rotation still
verifies what was signed just before it, and fetches the set again when it meets the new key id.
Key ids are RFC 7638 thumbprints of the public key (pylti1p3 names them so when it signs).
"""
from __future__ import annotations

from typing import Any

from pylti1p3.registration import Registration

from course.store import lti as store


def kid_of(public_pem: str) -> str:
    return str(Registration.get_jwk(public_pem)["kid"])


def keys() -> list[store.KeyInfo]:
    """Current first, then previous; the first call ever makes the current key."""
    return store.signing_keys(kid_of)


def current() -> store.KeyInfo:
    return keys()[0]


def jwks() -> dict[str, Any]:
    return {"keys": [dict(Registration.get_jwk(k.public_pem)) for k in keys()]}


def rotate(*, forget: bool = False) -> str:
    return store.rotate_key(kid_of, forget=forget)
