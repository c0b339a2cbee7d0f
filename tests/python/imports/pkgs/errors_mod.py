class ValidationError(Exception):
    """Raised by validate()."""
def validate(value):
    if not isinstance(value, int):
        raise ValidationError(f"expected int, got {type(value).__name__}")
    return value
