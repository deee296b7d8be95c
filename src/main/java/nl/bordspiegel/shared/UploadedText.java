package nl.bordspiegel.shared;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text from an uploaded file, decoded without guessing silently: invalid bytes are never
 * turned into question marks. A byte-order mark is dropped.
 */
public final class UploadedText {

    /** What Dutch Excel writes for plain "CSV": the Windows code page, not UTF-8. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private UploadedText() {
    }

    /** Text and the character set it was read in. */
    public record Decoded(String text, Charset charset) {
    }

    /**
     * Strict UTF-8, or a clear refusal naming the line and column of the first bad byte.
     *
     * @throws InvalidInputException {@code admin.file.badUtf8} with the line and column
     */
    public static String utf8(byte[] bytes) {
        try {
            return strict(StandardCharsets.UTF_8, withoutBom(bytes));
        } catch (CharacterCodingException malformed) {
            int at = firstBadByte(withoutBom(bytes));
            String before = new String(withoutBom(bytes), 0, at, StandardCharsets.UTF_8);
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int column = before.length() - (before.lastIndexOf('\n') + 1) + 1;
            throw new InvalidInputException("admin.file.badUtf8", line, column);
        }
    }

    /**
     * A spreadsheet's text: UTF-8 (with or without a byte-order mark) when the bytes are
     * valid UTF-8, otherwise Windows-1252, which every byte sequence is; the caller shows
     * which was used and lets the admin choose the other.
     */
    public static Decoded detect(byte[] bytes) {
        try {
            return new Decoded(strict(StandardCharsets.UTF_8, withoutBom(bytes)), StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252);
        }
    }

    /** The bytes read in the given character set, as the admin chose it. */
    public static String as(byte[] bytes, Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) ? new String(withoutBom(bytes), charset) : new String(bytes, charset);
    }

    private static String strict(Charset charset, byte[] bytes) throws CharacterCodingException {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    private static byte[] withoutBom(byte[] bytes) {
        if (bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2]) {
            return java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
        }
        return bytes;
    }
}
