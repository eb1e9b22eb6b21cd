"""SMTP with OAuth2 for Exchange Online, which is retiring basic authentication: an access token from
Microsoft Entra ID by the device-code flow (MSAL), its refresh token cached in the keyring, and the
``XOAUTH2`` string the SMTP server checks.

The first send asks the person to open a web page and type a code (``prompt``); later sends refresh
the token silently from the cache. An authority registers lpdesk once as a public client app in its
tenant, with the delegated permission ``SMTP.Send``, and gives its client id and tenant in Settings.
The ``.eml`` draft route stays the default: it needs none of this.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from lpdesk.circulation.secrets import SecretStore
from lpdesk.domain import Forbidden

__all__ = [
    "SMTP_SCOPE",
    "MsalTokens",
    "TokenSource",
    "xoauth2_string",
]

SMTP_SCOPE = "https://outlook.office.com/SMTP.Send"
CACHE_SERVICE = "lpdesk-smtp-oauth"  # the keyring service holding MSAL's serialised token cache


class TokenSource(Protocol):
    """Where SmtpTransport gets a bearer token for a mailbox, and forgets one the server refused."""

    def token(self, username: str) -> str: ...

    def forget(self, username: str) -> None: ...


def xoauth2_string(username: str, token: str) -> str:
    """The initial client response of SASL XOAUTH2 (smtplib base64-encodes it)."""
    if any(c in username for c in "\x01\r\n") or any(c in token for c in "\x01\r\n "):
        raise Forbidden("mail account with an unusable name or token", "send email")
    return f"user={username}\x01auth=Bearer {token}\x01\x01"


class MsalTokens:
    """Tokens from MSAL's device-code flow, the cache kept in the keyring (never in a file).

    ``app_factory(cache)`` builds the MSAL ``PublicClientApplication`` with that token cache; it is
    called on first use only (building one asks Microsoft's servers for the tenant's endpoints).
    """

    def __init__(
        self,
        *,
        prompt: Callable[[str], None],
        app_factory: Callable[[Any], Any],
        cache_store: SecretStore | None = None,
    ) -> None:
        # MSAL's cache (refresh token included) by mailbox, in the keyring; never asked for.
        self._secrets = cache_store or SecretStore(lambda _username: None, service=CACHE_SERVICE)
        self._prompt = prompt
        self._app_factory = app_factory
        self._app: Any = None
        self._cache: Any = None

    @classmethod
    def for_tenant(
        cls, client_id: str, tenant: str, *, prompt: Callable[[str], None]
    ) -> MsalTokens:
        def factory(cache: Any) -> Any:
            import msal

            return msal.PublicClientApplication(
                client_id,
                authority=f"https://login.microsoftonline.com/{tenant}",
                token_cache=cache,
            )

        return cls(prompt=prompt, app_factory=factory)

    def _application(self, username: str) -> Any:
        if self._app is None:
            import msal

            self._cache = msal.SerializableTokenCache()
            stored = self._secrets.get(username)
            if stored:
                self._cache.deserialize(stored)
            self._app = self._app_factory(self._cache)
        return self._app

    def _save(self, username: str) -> None:
        if self._cache is not None and self._cache.has_state_changed:
            self._secrets.save(username, self._cache.serialize())

    def token(self, username: str) -> str:
        app = self._application(username)
        accounts = [a for a in app.get_accounts(username=username) if a.get("username") == username]
        result = app.acquire_token_silent([SMTP_SCOPE], account=accounts[0]) if accounts else None
        if not result or "access_token" not in result:
            flow = app.initiate_device_flow(scopes=[SMTP_SCOPE])
            if "user_code" not in flow:
                raise Forbidden(
                    "mail account Microsoft would not start a sign-in for", "send email"
                )
            self._prompt(str(flow["message"]))  # "To sign in, use a web browser to open ..."
            result = app.acquire_token_by_device_flow(flow)
        if "access_token" not in result:
            raise Forbidden("mail account whose Microsoft sign-in did not finish", "send email")
        self._save(username)
        return str(result["access_token"])

    def forget(self, username: str) -> None:
        """The server refused the token: drop the cached sign-in so the next send asks again."""
        self._secrets.forget(username)
        self._app = None
        self._cache = None
