package io.sendwell.simulator.sending;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough RFC 5322 to read a raw message's header block: unfolding, address lists (display names,
 * quoted strings, angle brackets, groups) and RFC 2047 encoded words. Not a MIME parser.
 */
public final class MimeHeaders {

    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?]+)\\?([bBqQ])\\?([^?]*)\\?=");

    public record Header(String name, String value) {
    }

    private final List<Header> headers;

    private MimeHeaders(List<Header> headers) {
        this.headers = List.copyOf(headers);
    }

    public static MimeHeaders parse(String message) {
        String normalized = message.replace("\r\n", "\n");
        int end = normalized.indexOf("\n\n");
        String block = end < 0 ? normalized : normalized.substring(0, end);
        List<Header> headers = new ArrayList<>();
        StringBuilder current = null;
        for (String line : block.split("\n")) {
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && current != null) {
                current.append(' ').append(line.strip());
            } else {
                add(headers, current);
                current = new StringBuilder(line);
            }
        }
        add(headers, current);
        return new MimeHeaders(headers);
    }

    private static void add(List<Header> headers, StringBuilder line) {
        if (line == null) {
            return;
        }
        int colon = line.indexOf(":");
        if (colon > 0) {
            headers.add(new Header(line.substring(0, colon).trim(), line.substring(colon + 1).trim()));
        }
    }

    public List<Header> all() {
        return headers;
    }

    public String first(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).findFirst().orElse(null);
    }

    /** Addresses of every header with this name (To, Cc, Bcc, From, Reply-To). */
    public List<String> addresses(String name) {
        List<String> result = new ArrayList<>();
        headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).forEach(h -> result.addAll(addressList(h.value())));
        return result;
    }

    /** Splits an address list at top-level commas and keeps the bare addresses. */
    public static List<String> addressList(String value) {
        List<String> result = new ArrayList<>();
        if (value == null) {
            return result;
        }
        StringBuilder token = new StringBuilder();
        boolean quoted = false;
        int angle = 0;
        int comment = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && quoted && i + 1 < value.length()) {
                token.append(c).append(value.charAt(++i));
                continue;
            }
            if (c == '"' && comment == 0) {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == '(') {
                    comment++;
                } else if (c == ')' && comment > 0) {
                    comment--;
                } else if (c == '<') {
                    angle++;
                } else if (c == '>' && angle > 0) {
                    angle--;
                } else if ((c == ',' || c == ';') && angle == 0 && comment == 0) {
                    addAddress(result, token.toString());
                    token.setLength(0);
                    continue;
                } else if (c == ':' && angle == 0 && comment == 0) {
                    // group syntax "Team: a@x, b@y;" - the display name of the group is dropped
                    token.setLength(0);
                    continue;
                }
            }
            token.append(c);
        }
        addAddress(result, token.toString());
        return result;
    }

    /** The address inside {@code Name <addr>}, or the trimmed text. */
    public static String bareAddress(String mailbox) {
        if (mailbox == null) {
            return null;
        }
        int open = mailbox.lastIndexOf('<');
        int close = mailbox.lastIndexOf('>');
        String address = open >= 0 && close > open ? mailbox.substring(open + 1, close) : mailbox.replaceAll("\\([^)]*\\)", "");
        return address.trim();
    }

    private static void addAddress(List<String> result, String token) {
        String address = bareAddress(token);
        if (address != null && !address.isBlank()) {
            result.add(address);
        }
    }

    /** Decodes RFC 2047 encoded words ({@code =?UTF-8?B?...?=}, {@code =?UTF-8?Q?...?=}). */
    public static String decodeWords(String value) {
        if (value == null || !value.contains("=?")) {
            return value;
        }
        // whitespace between adjacent encoded words is not part of the text
        String joined = value.replaceAll("\\?=\\s+=\\?", "?==?");
        Matcher matcher = ENCODED_WORD.matcher(joined);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Charset charset;
            try {
                charset = Charset.forName(matcher.group(1).split("\\*")[0]);
            } catch (RuntimeException e) {
                charset = StandardCharsets.UTF_8;
            }
            String text = matcher.group(3);
            String decoded;
            if (matcher.group(2).toUpperCase(Locale.ROOT).equals("B")) {
                decoded = new String(Base64.getMimeDecoder().decode(text), charset);
            } else {
                decoded = decodeQ(text, charset);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(decoded));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String decodeQ(String text, Charset charset) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                bytes.write(' ');
            } else if (c == '=' && i + 2 < text.length()) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(charset);
    }
}
