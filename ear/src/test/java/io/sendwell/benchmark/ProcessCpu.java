package io.sendwell.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU seconds used by each party of a benchmark, read from Linux's /proc: Sendwell's Liberty
 * server, the simulator's, PostgreSQL (all its processes), this load-generating JVM, and the
 * machine as a whole. Two snapshots around a phase say how many milliseconds of CPU each party
 * spent per message — on a machine whose cores are all busy, that, not any lock, is what limits
 * the throughput (docs/performance.md). Without /proc every figure is NaN.
 */
public final class ProcessCpu {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ, 100 on every Linux this runs on
    private static final Path PROC = Path.of("/proc");
    /** The benchmarks run in the ear module; its servers live under the checkout's root. */
    private static final String CHECKOUT = Path.of("").toAbsolutePath().getParent() + "/";

    private final Map<String, Double> seconds;

    private ProcessCpu(Map<String, Double> seconds) {
        this.seconds = seconds;
    }

    public static ProcessCpu snapshot() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (String party : new String[] {"sendwell", "simulator", "postgres", "client", "machine"}) {
            seconds.put(party, 0.0);
        }
        long self = ProcessHandle.current().pid();
        try (Stream<Path> processes = Files.list(PROC)) {
            processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                String party = partyOf(p, Long.parseLong(p.getFileName().toString()) == self);
                if (party != null) {
                    seconds.merge(party, cpuSeconds(p), Double::sum);
                }
            });
            seconds.put("machine", machineBusySeconds());
        } catch (IOException | RuntimeException e) {
            seconds.replaceAll((party, value) -> Double.NaN);
        }
        return new ProcessCpu(seconds);
    }

    /** Milliseconds of CPU per unit of work since {@code before}, per party: {@code <prefix>_cpu_ms_per_<unit>_<party>}. */
    public Map<String, Double> perUnitSince(ProcessCpu before, long units, String prefix, String unit) {
        Map<String, Double> figures = new LinkedHashMap<>();
        seconds.forEach((party, now) -> figures.put(prefix + "_cpu_ms_per_" + unit + "_" + party,
                1000.0 * (now - before.seconds.get(party)) / units));
        return figures;
    }

    public static String describe(Map<String, Double> perUnit) {
        StringBuilder text = new StringBuilder();
        perUnit.forEach((key, value) -> text.append(String.format(Locale.ROOT, "%s %.2f  ",
                key.substring(key.lastIndexOf('_') + 1), value)));
        return text.toString().strip();
    }

    private static String partyOf(Path process, boolean self) {
        if (self) {
            return "client";
        }
        try {
            String command = new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
            int server = command.indexOf("ws-server.jar ");
            if (server >= 0) {
                // only the servers of this checkout (another checkout's test server may be running)
                if (!command.contains(CHECKOUT)) {
                    return null;
                }
                String name = command.substring(server + "ws-server.jar ".length()).split(" ")[0];
                return name.equals("ses-simulator") ? "simulator" : name.equals("sendwell") ? "sendwell" : null;
            }
            String name = Files.readString(process.resolve("comm")).strip();
            return name.startsWith("postgres") ? "postgres" : null;
        } catch (IOException e) {
            return null; // gone meanwhile
        }
    }

    /** utime + stime of /proc/<pid>/stat (fields 14 and 15, counted after the parenthesised name). */
    private static double cpuSeconds(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0.0;
        }
    }

    /** All cores' non-idle time from the first line of /proc/stat. */
    private static double machineBusySeconds() throws IOException {
        String[] cpu = Files.readAllLines(PROC.resolve("stat")).get(0).trim().split("\\s+");
        long busy = 0;
        for (int i = 1; i < cpu.length; i++) {
            if (i != 4 && i != 5) { // idle, iowait
                busy += Long.parseLong(cpu[i]);
            }
        }
        return busy / TICKS_PER_SECOND;
    }
}
