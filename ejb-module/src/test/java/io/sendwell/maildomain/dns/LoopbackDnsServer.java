package io.sendwell.maildomain.dns;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * An authoritative-only UDP DNS stub on 127.0.0.1 and an ephemeral port, answering A, TXT, CNAME and
 * MX from a zone that tests change while it runs; NXDOMAIN for unknown names. Lets the dnsjava
 * adapter and, later, integration tests run without any real DNS.
 */
public final class LoopbackDnsServer implements AutoCloseable {

    private static final long TTL = 60;

    private final Map<Name, List<Record>> zone = new ConcurrentHashMap<>();
    private final DatagramSocket socket;
    private volatile boolean serverFailure;

    private LoopbackDnsServer(int port) throws SocketException {
        socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        Thread thread = new Thread(this::serve, "loopback-dns-" + port());
        thread.setDaemon(true);
        thread.start();
    }

    public static LoopbackDnsServer start() {
        return start(0);
    }

    /** On a fixed port, for a server that was configured to ask it (the EAR's integration tests). */
    public static LoopbackDnsServer start(int port) {
        try {
            return new LoopbackDnsServer(port);
        } catch (SocketException e) {
            throw new IllegalStateException("cannot bind UDP 127.0.0.1:" + port, e);
        }
    }

    public String host() {
        return socket.getLocalAddress().getHostAddress();
    }

    public int port() {
        return socket.getLocalPort();
    }

    public LoopbackDnsServer addA(String name, String ipv4) {
        try {
            return add(new ARecord(name(name), DClass.IN, TTL, InetAddress.getByName(ipv4)));
        } catch (IOException e) {
            throw new IllegalArgumentException("not an IPv4 literal: " + ipv4, e);
        }
    }

    /** One TXT record made of one or more character-strings (each at most 255 bytes). */
    public LoopbackDnsServer addTxt(String name, String... strings) {
        return add(new TXTRecord(name(name), DClass.IN, TTL, List.of(strings)));
    }

    public LoopbackDnsServer addCname(String name, String target) {
        return add(new CNAMERecord(name(name), DClass.IN, TTL, name(target)));
    }

    public LoopbackDnsServer addMx(String name, int preference, String host) {
        return add(new MXRecord(name(name), DClass.IN, TTL, preference, name(host)));
    }

    public void remove(String name) {
        zone.remove(name(name));
    }

    public void clear() {
        zone.clear();
    }

    /** While set, every query gets SERVFAIL, as from a broken upstream. */
    public void answerWithServerFailure(boolean fail) {
        serverFailure = fail;
    }

    @Override
    public void close() {
        socket.close();
    }

    private LoopbackDnsServer add(Record record) {
        zone.computeIfAbsent(record.getName(), n -> new CopyOnWriteArrayList<>()).add(record);
        return this;
    }

    private void serve() {
        byte[] buffer = new byte[4096];
        while (!socket.isClosed()) {
            try {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                socket.receive(packet);
                byte[] query = Arrays.copyOf(packet.getData(), packet.getLength());
                byte[] reply = answer(new Message(query)).toWire();
                socket.send(new DatagramPacket(reply, reply.length, packet.getSocketAddress()));
            } catch (IOException e) {
                // a closed socket ends the loop; a garbled packet is dropped like a real server would
            }
        }
    }

    private Message answer(Message query) {
        Message reply = new Message(query.getHeader().getID());
        reply.getHeader().setFlag(Flags.QR);
        reply.getHeader().setFlag(Flags.AA);
        if (query.getHeader().getFlag(Flags.RD)) {
            reply.getHeader().setFlag(Flags.RD);
        }
        Record question = query.getQuestion();
        reply.addRecord(question, Section.QUESTION);
        if (serverFailure) {
            reply.getHeader().setRcode(Rcode.SERVFAIL);
            return reply;
        }
        Name name = question.getName();
        for (int hops = 0; hops < 8; hops++) {
            List<Record> records = zone.get(name);
            if (records == null) {
                reply.getHeader().setRcode(Rcode.NXDOMAIN);
                return reply;
            }
            List<Record> matching = records.stream().filter(r -> r.getType() == question.getType()).toList();
            matching.forEach(r -> reply.addRecord(r, Section.ANSWER));
            Record alias = records.stream().filter(r -> r.getType() == Type.CNAME).findFirst().orElse(null);
            if (!matching.isEmpty() || alias == null) {
                return reply; // an answer, or NOERROR with no data
            }
            reply.addRecord(alias, Section.ANSWER);
            name = ((CNAMERecord) alias).getTarget();
        }
        return reply;
    }

    private static Name name(String name) {
        try {
            return Name.fromString(name.endsWith(".") ? name : name + ".");
        } catch (TextParseException e) {
            throw new IllegalArgumentException("not a DNS name: " + name, e);
        }
    }
}
