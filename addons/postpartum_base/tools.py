"""Helpers shared by the postpartum addons (no models here)."""

import datetime

import pytz

# GB 11643-1999: weights of the first 17 digits and the check characters.
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def resident_id_problem(number):
    """Return None when ``number`` is a valid 18-character resident ID number
    (居民身份证号码, GB 11643), else the problem: "length", "format", "date" or
    "checksum"."""
    number = (number or "").strip().upper()
    if len(number) != 18:
        return "length"
    if not number[:17].isdigit() or not (number[17].isdigit() or number[17] == "X"):
        return "format"
    if resident_id_birthdate(number) is None:
        return "date"
    if resident_id_check_char(number[:17]) != number[17]:
        return "checksum"
    return None


def resident_id_birthdate(number):
    """Birth date encoded in characters 7 to 14 of a resident ID number."""
    try:
        return datetime.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except (ValueError, TypeError):
        return None


def resident_id_check_char(first17):
    """Check character for 17 digits (used by tests and demo data)."""
    total = sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


def user_has_role(env, *groups):
    """True when ``env`` runs as the system (flows, crons, demo data) or its
    user is in one of ``groups`` (xmlids): the guard of steps reserved to a
    role, such as approving a decision or refunding a deposit."""
    return env.su or any(env.user.has_group(group) for group in groups)


def check_create_field_access(records, vals_list):
    """Refuse to create ``records`` (an empty recordset of the model) with
    values for fields of the suite restricted by ``groups`` that the user
    cannot read: Odoo checks field groups when reading and writing, not when
    creating, so what a role cannot read it could otherwise still set."""
    if records.env.su:
        return
    names = set()
    for vals in vals_list:
        for name in vals:
            field = records._fields.get(name)
            if (
                field is not None
                and field.groups
                and any(module.startswith("postpartum_") for module in field._modules or ())
            ):
                names.add(name)
    if names:
        records.check_field_access_rights("create", sorted(names))


def reader_env(env, user=None, company=None):
    """``env`` in the language of the person a text written by code is for.

    Activity summaries, chatter messages, alert reasons and generated names
    are written in the language of ``user`` (the activity's assignee), else in
    the language of the store ``company`` (its partner's), else in that of the
    current store: never in the language of whoever happens to run the code
    (the installer, a cron running as the superuser). Translate with the
    returned environment's ``_`` in the calling module::

        env = reader_env(self.env, user=assignee, company=record.company_id)
        record.activity_schedule(..., summary=env._("Call %(name)s", name=...))
    """
    # English, the source language, is always available, even inactive
    installed = {"en_US", *(code for code, _name in env["res.lang"].get_installed())}
    user = user and user[:1]
    candidates = [
        # the superuser (OdooBot) is whoever runs code, not a reader
        user and not user._is_superuser() and user.sudo().lang,
        company and company[:1].sudo().partner_id.lang,
        env.company.sudo().partner_id.lang,
    ]
    lang = next((code for code in candidates if code and code in installed), None)
    if not lang or lang == env.lang:
        return env
    return env(context=dict(env.context, lang=lang))


def local_datetime_string(env, value, company=None):
    """``value`` (a UTC datetime, as stored) as "YYYY-MM-DD HH:MM" in the
    reader's time zone: the user's, else the store's (its partner's), else
    UTC. For titles and names computed by code, which the web client does not
    convert as it converts datetime fields."""
    if not value:
        return ""
    tz_name = (
        env.context.get("tz")
        or env.user.tz
        or (company and company[:1].sudo().partner_id.tz)
        or env.company.sudo().partner_id.tz
        or "UTC"
    )
    try:
        tz = pytz.timezone(tz_name)
    except pytz.UnknownTimeZoneError:
        tz = pytz.utc
    return pytz.utc.localize(value).astimezone(tz).strftime("%Y-%m-%d %H:%M")


def store_users_domain(env, *groups):
    """Domain of a user picker on a store record (with ``company_id``): the
    internal users of that store in one of ``groups`` (xmlids; a role's
    group includes the roles above it). A string, which the web client
    evaluates on the record being edited; use it as
    ``domain=lambda self: store_users_domain(self.env, "postpartum_base.group_butler")``."""
    group_ids = [env.ref(group).id for group in groups]
    return (
        "[('share', '=', False), ('company_ids', 'in', [company_id]), "
        f"('groups_id', 'in', {group_ids})]"
    )


_PHONE_SEPARATORS = str.maketrans("", "", " -()（）.")


def phone_problem(number):
    """Return None when ``number`` reads as a telephone number, else the
    problem: "format" (letters or other signs) or "length" (fewer than 7 or
    more than 15 digits, E.164). Spaces, hyphens, dots and brackets are
    separators; an extension after "转" or "ext" is not accepted: one number a
    field. A Chinese mobile number (starting with 1, without country code)
    has 11 digits."""
    text = (number or "").strip()
    if not text:
        return None
    digits = text.translate(_PHONE_SEPARATORS)
    if digits.startswith("+"):
        digits = digits[1:]
    if not digits.isdigit() or not digits.isascii():
        return "format"
    if not 7 <= len(digits) <= 15:
        return "length"
    if not text.lstrip().startswith("+") and digits.startswith("1") and len(digits) != 11:
        return "length"
    return None
