//! Reading zip archives (enough for zip applications: the central directory, stored and
//! deflated members, CRC-32 checked), as CPython's `zipimport` reads them.

mod inflate;

/// One member of the archive.
pub struct Entry {
    pub name: String,
    method: u16,
    crc: u32,
    compressed_size: usize,
    local_offset: usize,
}

pub struct Archive {
    data: Vec<u8>,
    pub entries: Vec<Entry>,
}

fn u16_at(d: &[u8], at: usize) -> Option<u16> {
    d.get(at..at + 2).map(|b| u16::from_le_bytes([b[0], b[1]]))
}

fn u32_at(d: &[u8], at: usize) -> Option<u32> {
    d.get(at..at + 4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

/// CRC-32 (IEEE), as zip uses it.
fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ 0xedb8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

impl Archive {
    /// Parses the archive's central directory; None if `data` is not a zip archive.
    pub fn parse(data: Vec<u8>) -> Option<Archive> {
        // the end-of-central-directory record is in the last 22 + 65535 bytes
        let min = data.len().saturating_sub(22 + 0xffff);
        let eocd = (min..=data.len().checked_sub(22)?).rev().find(|&i| data[i..i + 4] == [0x50, 0x4b, 0x05, 0x06])?;
        let count = u16_at(&data, eocd + 10)? as usize;
        let cd_offset = u32_at(&data, eocd + 16)? as usize;
        let mut entries = Vec::with_capacity(count);
        let mut p = cd_offset;
        for _ in 0..count {
            if u32_at(&data, p)? != 0x0201_4b50 {
                return None;
            }
            let method = u16_at(&data, p + 10)?;
            let crc = u32_at(&data, p + 16)?;
            let compressed_size = u32_at(&data, p + 20)? as usize;
            let name_len = u16_at(&data, p + 28)? as usize;
            let extra_len = u16_at(&data, p + 30)? as usize;
            let comment_len = u16_at(&data, p + 32)? as usize;
            let local_offset = u32_at(&data, p + 42)? as usize;
            let name = String::from_utf8_lossy(data.get(p + 46..p + 46 + name_len)?).into_owned();
            entries.push(Entry { name, method, crc, compressed_size, local_offset });
            p += 46 + name_len + extra_len + comment_len;
        }
        Some(Archive { data, entries })
    }

    /// The contents of member `name`.
    pub fn read(&self, name: &str) -> Option<Result<Vec<u8>, String>> {
        let e = self.entries.iter().find(|e| e.name == name)?;
        Some(self.read_entry(e))
    }

    fn read_entry(&self, e: &Entry) -> Result<Vec<u8>, String> {
        let d = &self.data;
        let p = e.local_offset;
        if u32_at(d, p) != Some(0x0403_4b50) {
            return Err(format!("bad local file header for {}", e.name));
        }
        let name_len = u16_at(d, p + 26).unwrap_or(0) as usize;
        let extra_len = u16_at(d, p + 28).unwrap_or(0) as usize;
        let start = p + 30 + name_len + extra_len;
        let raw = d.get(start..start + e.compressed_size).ok_or_else(|| format!("truncated member {}", e.name))?;
        let out = match e.method {
            0 => raw.to_vec(),
            8 => inflate::inflate(raw)?,
            m => return Err(format!("unsupported compression method {m} for {}", e.name)),
        };
        if crc32(&out) != e.crc {
            return Err(format!("bad CRC-32 for {}", e.name));
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::crc32;

    #[test]
    fn crc() {
        assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
    }
}
