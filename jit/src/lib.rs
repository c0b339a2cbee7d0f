//! rpy-jit.
