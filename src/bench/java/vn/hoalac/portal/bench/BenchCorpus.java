package vn.hoalac.portal.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Helpers of the in-process Lucene benchmarks: the corpus sentences, percentiles and folders on disk. */
final class BenchCorpus {

    static final String[] PLACES = {"Thạch Thất", "Quốc Oai", "Hòa Lạc", "Xuân Mai", "Sơn Tây", "Láng – Hòa Lạc", "Tiến Xuân", "Bình Yên"};
    static final String[] ORGANIZATIONS = {"BQL", "DHBK", "DHQGHN", "HVNN", "BCD07"};
    static final String[] KINDS = {"Báo cáo", "Tờ trình", "Kế hoạch", "Biên bản", "Công văn", "Đề xuất", "Thông báo"};
    /** The reader tokens of a PORTAL document, as {@code DocumentAccess.ownReaders} gives them. */
    static final List<String> PORTAL_READERS = List.of("role:park-manager", "role:university-reviewer", "role:committee-approver", "role:admin");

    private BenchCorpus() {
    }

    /** The corpus folder: -Dcorpus (default ../shared/corpus, as the other benchmarks). */
    static Path folder() {
        return Path.of(System.getProperty("corpus", "../shared/corpus"));
    }

    /** The text of one corpus file (src/NAME). */
    static String file(String name) {
        try {
            return Files.readString(folder().resolve("src").resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("corpus file " + name + " (give -Dcorpus=...)", e);
        }
    }

    /** The sentences of the corpus texts, cut as SearchBenchmark.generate cuts them. */
    static List<String> sentences() {
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder().resolve("src"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (String s : Files.readString(file).split("(?<=[.;:])\\s+|\\n+")) {
                    if (s.strip().length() > 20) {
                        sentences.add(s.strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("corpus " + folder().toAbsolutePath() + " (give -Dcorpus=...)", e);
        }
        if (sentences.isEmpty()) {
            throw new IllegalStateException("no corpus sentences in " + folder().toAbsolutePath().resolve("src"));
        }
        return sentences;
    }

    /** Percentile (nearest rank) of sorted nanoseconds, in milliseconds. */
    static double percentile(long[] sortedNanos, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
    }

    static double mean(long[] nanos) {
        return Arrays.stream(nanos).average().orElse(0) / 1e6;
    }

    static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0; // a file merged away meanwhile
                }
            }).sum();
        }
    }

    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static String megabytes(long bytes) {
        return String.format("%.1f MB", bytes / 1024.0 / 1024.0);
    }

    /** A cell of a Markdown table. */
    static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
