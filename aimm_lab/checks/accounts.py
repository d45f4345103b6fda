"""Account and session check types."""

from __future__ import annotations

from ..i18n import T
from ..machine.base import Machine
from .base import CheckType, Context, Evidence, Param, register
from .common import known, known_list, none_unread

USER = Param("name", "str", T("nom du compte (ex. m.durand, techadmin)", "account name (e.g. m.durand, techadmin)"))
NO_ACCOUNT = T("compte absent", "no such account")


def _plain(name: str | None) -> str:
    """`PC-ATL-07\\m.durand` -> `m.durand`, lower case (Windows names ignore case)."""
    return str(name or "").replace("/", "\\").split("\\")[-1].strip().lower()


def find_account(m: Machine, name: str) -> dict | None:
    items = known_list(m.section("accounts"), "accounts", T("liste des comptes", "account list"))
    for a in items:
        if _plain(a.get("name")) == _plain(name):
            return a
    none_unread(items, "name", T("nom d'un compte", "an account's name"))
    return None


@register
class UserExists(CheckType):
    type = "user_exists"
    category = "accounts"
    description = T("Le compte local existe sur le poste", "The local account exists on the machine")
    params = (USER,)

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        a = find_account(m, p["name"])
        expected = T(f"compte {p['name']} présent", f"account {p['name']} present")
        if a is None:
            return Evidence(False, expected, NO_ACCOUNT)
        state = T(" (désactivé)", " (disabled)") if a.get("disabled") else T("", "")
        return Evidence(True, expected, T(f"présent (id {a.get('id')}){state.fr}",
                                          f"present (id {a.get('id')}){state.get('en')}"))


@register
class UserNotAdmin(CheckType):
    type = "user_not_admin"
    category = "accounts"
    description = T("Le compte existe et n'est pas administrateur (utilisateur standard)",
                    "The account exists and is not an administrator (standard user)")
    params = (USER,)

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        section = m.section("accounts")
        a = find_account(m, p["name"])
        expected = T(f"{p['name']} utilisateur standard", f"{p['name']} standard user")
        if a is None:
            return Evidence(False, expected, NO_ACCOUNT)
        # A failed read of the administrators group is an ERROR, never "standard user".
        if known(a, "admin", T(f"appartenance de {p['name']} aux administrateurs",
                               f"{p['name']}'s membership of the administrators")):
            group = section.get("admin_group")
            member = group and str(group).lower() in (str(g).lower() for g in a.get("groups") or [])
            via = T(f" (membre de {group})", f" (member of {group})") if member else T("", "")
            return Evidence(False, expected, T(f"administrateur{via.fr}", f"administrator{via.get('en')}"))
        return Evidence(True, expected, T("utilisateur standard", "standard user"))


@register
class PasswordChangeRequired(CheckType):
    type = "password_change_required"
    category = "accounts"
    description = T("Le compte devra changer son mot de passe à sa prochaine ouverture de session",
                    "The account must change its password at its next sign-in")
    params = (USER,)

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        a = find_account(m, p["name"])
        expected = T(f"changement du mot de passe de {p['name']} imposé", f"{p['name']}'s password change forced")
        if a is None:
            return Evidence(False, expected, NO_ACCOUNT)
        if known(a, "must_change_password", T(f"obligation de changer le mot de passe de {p['name']}",
                                              f"whether {p['name']} must change the password")):
            return Evidence(True, expected, T("changement imposé à la prochaine ouverture de session",
                                              "change forced at the next sign-in"))
        return Evidence(False, expected, T("aucun changement imposé", "no change forced"))


@register
class UserLoggedIn(CheckType):
    type = "user_logged_in"
    category = "accounts"
    description = T("L'utilisateur a une session ouverte sur le poste", "The user has a session open on the machine")
    params = (USER,)

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        sessions = known_list(m.section("users"), "sessions", T("sessions ouvertes", "open sessions"))
        mine = [s for s in sessions if _plain(s.get("name")) == _plain(p["name"])]
        if not mine:
            none_unread(sessions, "name", T("nom d'une session", "a session's name"))
        expected = T(f"session de {p['name']} ouverte", f"{p['name']} logged in")
        if mine:
            where = ", ".join(str(s.get("terminal")) for s in mine if s.get("terminal"))
            return Evidence(True, expected, T(f"session ouverte{f' ({where})' if where else ''}",
                                              f"logged in{f' ({where})' if where else ''}"))
        others = ", ".join(dict.fromkeys(str(s.get("name")) for s in sessions))
        if others:
            return Evidence(False, expected, T(f"aucune session de {p['name']} (sessions : {others})",
                                               f"no session of {p['name']} (sessions: {others})"))
        return Evidence(False, expected, T("aucune session ouverte", "nobody logged in"))
