package io.sendwell.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Plain HTTP/1.1 from a chosen loopback source address (127.0.0.2, 127.0.0.3, ...): the server
 * sees a different client address, so tests of per-address throttling never lock out 127.0.0.1,
 * which every other IT uses. (java.net.http cannot bind a local address on Java 17.)
 */
final class LoopbackHttp {

    record Response(int status, Map<String, String> headers, String body) {
        Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }
    }

    private LoopbackHttp() {
    }

    static Response getWithBasic(String sourceAddress, String path, String user, String password) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        int port = Integer.parseInt(System.getProperty("http.port", "9080"));
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(sourceAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost:" + port
                    + "\r\nAuthorization: Basic " + credentials + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = raw.indexOf("\r\n\r\n");
            String[] head = raw.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.put(head[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).strip());
            }
            return new Response(Integer.parseInt(head[0].split(" ")[1]), headers, raw.substring(end + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
