package org.carefeed.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scrape of {@code /actuator/prometheus} (the Prometheus text format), to find samples by name
 * and labels as a query would.
 */
public final class ScrapedMetrics {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+).*$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** One line of the scrape: a metric's name, its labels and its value. */
    public record Sample(String name, Map<String, String> labels, double value) {
    }

    private final List<Sample> samples;

    private ScrapedMetrics(List<Sample> samples) {
        this.samples = samples;
    }

    public static ScrapedMetrics parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (line.startsWith("#") || !sample.matches()) {
                continue;
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (sample.group(2) != null) {
                Matcher label = LABEL.matcher(sample.group(2));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(3))));
        }
        return new ScrapedMetrics(List.copyOf(samples));
    }

    /** Every sample of the metric that has all the given labels (and maybe others). */
    public List<Sample> all(String name, Map<String, String> labels) {
        return samples.stream().filter(sample -> sample.name().equals(name)
                && sample.labels().entrySet().containsAll(labels.entrySet())).toList();
    }

    /** The sum of the samples of the metric that have the labels; empty if there is none. */
    public OptionalDouble sum(String name, Map<String, String> labels) {
        List<Sample> matching = all(name, labels);
        return matching.isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(matching.stream().mapToDouble(Sample::value).sum());
    }

    /** The sum of the samples of the metric that have the labels, 0 if there is none yet (a counter never incremented). */
    public double sumOrZero(String name, Map<String, String> labels) {
        return sum(name, labels).orElse(0);
    }

    /** Names of every metric in the scrape. */
    public List<String> names() {
        return samples.stream().map(Sample::name).distinct().toList();
    }
}
