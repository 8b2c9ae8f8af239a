"""Phone numbers as people write them, and as links dial them."""


def tel_href(phone: str) -> str:
    """A phone number as written for people, as a tap-to-call link target: ten digits are a
    US number (+1), a short number such as 988 stays as it is, and no digits give ""."""
    digits = "".join(ch for ch in phone if ch.isdigit())
    if not digits:
        return ""
    if phone.lstrip().startswith("+") or (len(digits) == 11 and digits.startswith("1")):
        return f"tel:+{digits}"
    if len(digits) == 10:
        return f"tel:+1{digits}"
    return f"tel:{digits}"
