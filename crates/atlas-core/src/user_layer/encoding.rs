//! Which text encoding an upload's bytes are in, decided before any CSV
//! reading.
//!
//! Excel saves "CSV UTF-8" as UTF-8 with a byte order mark, but its plain
//! "CSV" on Chinese Windows is in the system's code page, GBK (which
//! GB18030 extends), and its "Unicode text" is UTF-16. UTF-8 is read here;
//! for the legacy Chinese encodings the core only says so: the browser's own
//! `TextDecoder` decodes GB18030, so no decoding table has to ship in the
//! WebAssembly.

/// The UTF-8 byte order mark that Excel's "CSV UTF-8" starts with.
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";
/// UTF-16 byte order marks, little-endian (Excel's "Unicode text") and
/// big-endian. They also begin the UTF-32 marks, which are refused alike.
const UTF16_LE_BOM: &[u8] = b"\xFF\xFE";
const UTF16_BE_BOM: &[u8] = b"\xFE\xFF";

/// What the bytes of an upload are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DetectedEncoding<'a> {
    /// Valid UTF-8: the text, without its byte order mark if it had one.
    Utf8(&'a str),
    /// A UTF-16 byte order mark: refused (the reader is asked for UTF-8),
    /// since the CSV reader reads UTF-8 text only.
    Utf16 { big_endian: bool },
    /// Not UTF-8 and without a byte order mark: most likely GBK / GB18030
    /// from Excel; the caller decodes it as GB18030 (or says it cannot).
    LegacyChinese,
}

/// Decides from the bytes alone; reads nothing else and never fails.
pub fn detect_encoding(bytes: &[u8]) -> DetectedEncoding<'_> {
    if let Some(rest) = bytes.strip_prefix(UTF8_BOM) {
        // A UTF-8 mark in front of bytes that are not UTF-8: the mark was
        // added by a tool that did not re-encode, so the rest is legacy.
        return std::str::from_utf8(rest).map_or(DetectedEncoding::LegacyChinese, |text| {
            DetectedEncoding::Utf8(text)
        });
    }
    if bytes.starts_with(UTF16_LE_BOM) {
        return DetectedEncoding::Utf16 { big_endian: false };
    }
    if bytes.starts_with(UTF16_BE_BOM) {
        return DetectedEncoding::Utf16 { big_endian: true };
    }
    std::str::from_utf8(bytes).map_or(DetectedEncoding::LegacyChinese, DetectedEncoding::Utf8)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `'城市,数值\n成都市,1\n'.encode('gb18030')` (python3): the header
    /// and first row of a CSV saved by Excel on Chinese Windows.
    const GBK_CSV: &[u8] = b"\xb3\xc7\xca\xd0,\xca\xfd\xd6\xb5\n\xb3\xc9\xb6\xbc\xca\xd0,1\n";

    #[test]
    fn utf8_without_a_byte_order_mark_is_the_text() {
        let text = "城市,数值\n成都市,1\n";
        assert_eq!(
            detect_encoding(text.as_bytes()),
            DetectedEncoding::Utf8(text)
        );
    }

    #[test]
    fn utf8_with_a_byte_order_mark_is_the_text_without_it() {
        let bytes = "\u{feff}城市,数值\n".as_bytes();
        assert_eq!(bytes[..3], *UTF8_BOM);
        assert_eq!(
            detect_encoding(bytes),
            DetectedEncoding::Utf8("城市,数值\n")
        );
    }

    #[test]
    fn ascii_and_empty_files_are_utf8() {
        assert_eq!(
            detect_encoding(b"adcode,value\n510100,1\n"),
            DetectedEncoding::Utf8("adcode,value\n510100,1\n")
        );
        assert_eq!(detect_encoding(b""), DetectedEncoding::Utf8(""));
        assert_eq!(detect_encoding(UTF8_BOM), DetectedEncoding::Utf8(""));
    }

    #[test]
    fn utf16_byte_order_marks_are_refused_with_their_byte_order() {
        // "city" in UTF-16, as Excel's "Unicode text" writes it.
        let little = b"\xFF\xFEc\0i\0t\0y\0";
        let big = b"\xFE\xFF\0c\0i\0t\0y";
        assert_eq!(
            detect_encoding(little),
            DetectedEncoding::Utf16 { big_endian: false }
        );
        assert_eq!(
            detect_encoding(big),
            DetectedEncoding::Utf16 { big_endian: true }
        );
    }

    #[test]
    fn gbk_bytes_of_a_chinese_header_are_legacy() {
        assert_eq!(detect_encoding(GBK_CSV), DetectedEncoding::LegacyChinese);
        // "成都市" alone, as in the browser test.
        assert_eq!(
            detect_encoding(b"\xb3\xc9\xb6\xbc\xca\xd0"),
            DetectedEncoding::LegacyChinese
        );
    }

    #[test]
    fn a_utf8_mark_before_gbk_bytes_is_legacy() {
        let bytes = [UTF8_BOM, GBK_CSV].concat();
        assert_eq!(detect_encoding(&bytes), DetectedEncoding::LegacyChinese);
    }
}
