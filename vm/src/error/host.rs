//! Host error mapping (DESIGN.md §5): `io::Error` to the OSError subclass CPython raises for
//! its errno.

use crate::error::PyErr;
use crate::value::Value;
use crate::vm::Vm;

/// The OSError subclass for an errno, as CPython's `errnomap`.
pub fn os_error_type(vm: &Vm, errno: i32) -> crate::object::ObjRef {
    let t = &vm.types;
    match errno {
        1 | 13 => t.permission_error.clone(),
        2 => t.file_not_found_error.clone(),
        3 => t.process_lookup_error.clone(),
        4 => t.interrupted_error.clone(),
        10 => t.child_process_error.clone(),
        11 | 114 | 115 => t.blocking_io_error.clone(),
        17 => t.file_exists_error.clone(),
        20 => t.not_a_directory_error.clone(),
        21 => t.is_a_directory_error.clone(),
        32 => t.broken_pipe_error.clone(),
        103 => t.connection_aborted_error.clone(),
        104 => t.connection_reset_error.clone(),
        110 => t.timeout_error.clone(),
        111 => t.connection_refused_error.clone(),
        _ => t.os_error.clone(),
    }
}

/// `strerror()` texts for common errnos (glibc's wording).
pub fn strerror(errno: i32) -> String {
    match errno {
        1 => "Operation not permitted",
        2 => "No such file or directory",
        3 => "No such process",
        4 => "Interrupted system call",
        5 => "Input/output error",
        9 => "Bad file descriptor",
        11 => "Resource temporarily unavailable",
        12 => "Cannot allocate memory",
        13 => "Permission denied",
        17 => "File exists",
        20 => "Not a directory",
        21 => "Is a directory",
        22 => "Invalid argument",
        24 => "Too many open files",
        28 => "No space left on device",
        29 => "Illegal seek",
        30 => "Read-only file system",
        32 => "Broken pipe",
        36 => "File name too long",
        39 => "Directory not empty",
        _ => return format!("Unknown error {errno}"),
    }
    .to_string()
}

/// Converts an I/O error into the matching OSError (with errno, strerror, filename).
pub fn io_error(vm: &mut Vm, e: &std::io::Error, filename: Option<&str>) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(match e.kind() {
        std::io::ErrorKind::NotFound => 2,
        std::io::ErrorKind::PermissionDenied => 13,
        std::io::ErrorKind::AlreadyExists => 17,
        std::io::ErrorKind::BrokenPipe => 32,
        std::io::ErrorKind::Interrupted => 4,
        _ => 5,
    });
    let t = os_error_type(vm, errno);
    let msg = strerror(errno);
    let m = vm.new_str(&msg);
    let args = vec![Value::Int(errno as i64), m.clone()];
    let exc = vm.new_exception(&t, args);
    vm.set_attr_raw(&exc, "errno", Value::Int(errno as i64));
    vm.set_attr_raw(&exc, "strerror", m);
    let fv = match filename {
        Some(f) => vm.new_str(f),
        None => Value::None,
    };
    vm.set_attr_raw(&exc, "filename", fv);
    vm.set_attr_raw(&exc, "filename2", Value::None);
    PyErr(exc)
}
