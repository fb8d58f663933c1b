import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a generic indicator CSV of the given number of rows, every row a different provider,
 * indicator and period, some fields quoted, for the import benchmark.
 * Usage: java benchmarks/GenerateIndicatorCsv.java <file> <rows>
 */
public class GenerateIndicatorCsv {

    private static final String[] INDICATORS = {"Would recommend (Friends and Family Test)", "\"Waiting time, median (weeks)\"",
            "Emergency readmissions within 30 days", "Patients seen within 4 hours", "Staff would recommend",
            "Cancer: treated within 62 days", "Mortality ratio (SHMI)", "\"Cleanliness, patient-rated\"",
            "\"Food quality, patient-rated\"", "Overall CQC rating score"};

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        long rows = Long.parseLong(args[1]);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("provider_code,indicator,period,value,unit,denominator,source,source_url\r\n");
            for (long i = 0; i < rows; i++) {
                String code = String.format("B%05d", i / 100);
                String indicator = INDICATORS[(int) (i % INDICATORS.length)];
                int period = 2000 + (int) ((i / INDICATORS.length) % 10);
                String value = i % 50 == 0 ? "-" : String.valueOf((i * 7919) % 1000 / 10.0);
                out.write(code + "," + indicator + "," + period + "," + value + ",%," + (i % 3 == 0 ? "" : "1200")
                        + ",Benchmark source,https://example.org/data\r\n");
            }
        }
    }
}
