package org.psoportal.admintasks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class FileTypesTest {

    @Test
    void recognisesAllowedTypesByContent() throws IOException {
        assertThat(FileTypes.detect("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII), "x.bin"))
                .hasValue("application/pdf");
        assertThat(FileTypes.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0}, "a.png"))
                .hasValue("image/png");
        assertThat(FileTypes.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, "a.jpg"))
                .hasValue("image/jpeg");
        assertThat(FileTypes.detect("GIF89a....".getBytes(StandardCharsets.US_ASCII), "a.gif"))
                .hasValue("image/gif");
        assertThat(FileTypes.detect(ooxml(), "budget.xlsx"))
                .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};
        assertThat(FileTypes.detect(ole, "old.DOC")).hasValue("application/msword");
    }

    @Test
    void refusesWhatIsNotOnTheListWhateverItsName() throws IOException {
        assertThat(FileTypes.detect("MZ\u0090 program".getBytes(StandardCharsets.ISO_8859_1), "invoice.pdf"))
                .isEmpty();
        assertThat(FileTypes.detect("<html><script>".getBytes(StandardCharsets.US_ASCII), "scan.png"))
                .isEmpty();
        assertThat(FileTypes.detect(ooxml(), "macro.exe"))
                .as("office container under a foreign name")
                .isEmpty();
        assertThat(FileTypes.detect(plainZip(), "archive.docx"))
                .as("a zip that is no office file")
                .isEmpty();
        assertThat(FileTypes.detect(new byte[0], "empty.pdf")).isEmpty();
    }

    @Test
    void theStoredNameCarriesTheExtensionOfTheDetectedType() {
        assertThat(FileTypes.nameFor("page.html", "image/png")).isEqualTo("page.png");
        assertThat(FileTypes.nameFor("scan", "image/png")).isEqualTo("scan.png");
        assertThat(FileTypes.nameFor("photo.JPEG", "image/jpeg")).isEqualTo("photo.JPEG");
        assertThat(FileTypes.nameFor("invoice.svg", "application/pdf")).isEqualTo("invoice.pdf");
        assertThat(FileTypes.nameFor("a.b.htm", "image/gif")).isEqualTo("a.b.gif");
        assertThat(FileTypes.nameFor(
                        "budget.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .isEqualTo("budget.xlsx");
    }

    @Test
    void cleansUploadedNames() {
        assertThat(AttachmentService.cleanName("C:\\Users\\me\\receipt.pdf")).isEqualTo("receipt.pdf");
        assertThat(AttachmentService.cleanName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(AttachmentService.cleanName("a\"b\r\n.pdf")).isEqualTo("ab.pdf");
        assertThat(AttachmentService.cleanName("  ")).isEqualTo("file");
    }

    private static byte[] ooxml() throws IOException {
        return zip("[Content_Types].xml");
    }

    private static byte[] plainZip() throws IOException {
        return zip("notes.txt");
    }

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<Types/>".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
