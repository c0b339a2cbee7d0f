//! rpy-lib.
