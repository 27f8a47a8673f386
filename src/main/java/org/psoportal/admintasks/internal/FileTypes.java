package org.psoportal.admintasks.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The allow-list of attachment types, decided by the file's first bytes (its "magic number"), not its name: a
 * renamed program stays refused. Office files are containers (OOXML is a zip, old Office is OLE2), so for those
 * the name's extension picks the exact type among the ones that container may hold.
 */
final class FileTypes {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF87 = "GIF87a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GIF89 = "GIF89a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final byte[] OOXML_MARKER = "[Content_Types].xml".getBytes(StandardCharsets.US_ASCII);

    private static final Map<String, String> OOXML = Map.of(
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation");
    private static final Map<String, String> OLE = Map.of(
            "doc", "application/msword",
            "xls", "application/vnd.ms-excel",
            "ppt", "application/vnd.ms-powerpoint");

    /** The extensions that fit each type, the usual one first. */
    private static final Map<String, List<String>> EXTENSIONS = extensions();

    private FileTypes() {}

    private static Map<String, List<String>> extensions() {
        Map<String, List<String>> m = new HashMap<>();
        m.put("application/pdf", List.of("pdf"));
        m.put("image/png", List.of("png"));
        m.put("image/jpeg", List.of("jpg", "jpeg", "jpe"));
        m.put("image/gif", List.of("gif"));
        OOXML.forEach((ext, type) -> m.put(type, List.of(ext)));
        OLE.forEach((ext, type) -> m.put(type, List.of(ext)));
        return Map.copyOf(m);
    }

    /** The content type to store and serve, or empty when the file is not on the allow-list. */
    static Optional<String> detect(byte[] data, String fileName) {
        String ext = extension(fileName);
        if (startsWith(data, PDF)) return Optional.of("application/pdf");
        if (startsWith(data, PNG)) return Optional.of("image/png");
        if (startsWith(data, JPEG)) return Optional.of("image/jpeg");
        if (startsWith(data, GIF87) || startsWith(data, GIF89)) return Optional.of("image/gif");
        if (startsWith(data, ZIP) && contains(data, OOXML_MARKER)) return Optional.ofNullable(OOXML.get(ext));
        if (startsWith(data, OLE2)) return Optional.ofNullable(OLE.get(ext));
        return Optional.empty();
    }

    /**
     * The name to store for a file of this detected type: the name's extension when it fits the type (".jpeg" for
     * a JPEG stays), otherwise the type's own extension replaces it, so a PNG named "page.html" is stored and served
     * as "page.png" and a browser never treats it as HTML.
     */
    static String nameFor(String fileName, String contentType) {
        List<String> fitting = EXTENSIONS.getOrDefault(contentType, List.of());
        String ext = extension(fileName);
        if (fitting.isEmpty() || fitting.contains(ext)) {
            return fileName;
        }
        int dot = fileName.lastIndexOf('.');
        String base = dot <= 0 ? fileName : fileName.substring(0, dot);
        return base + "." + fitting.getFirst();
    }

    private static String extension(String name) {
        int dot = name == null ? -1 : name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] data, byte[] magic) {
        return data.length >= magic.length && Arrays.equals(data, 0, magic.length, magic, 0, magic.length);
    }

    /** The zip's entry names are stored uncompressed in its local headers; OOXML always has this entry. */
    private static boolean contains(byte[] data, byte[] needle) {
        int limit = Math.min(data.length, 64 * 1024) - needle.length;
        for (int i = 0; i <= limit; i++) {
            if (Arrays.equals(data, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }
}
