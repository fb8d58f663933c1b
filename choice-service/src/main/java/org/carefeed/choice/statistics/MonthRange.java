package org.carefeed.choice.statistics;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.carefeed.platform.web.FieldProblem;
import org.carefeed.platform.web.InvalidRequest;

/**
 * The months a request asks for: {@code from} and {@code to} as ISO months ({@code 2026-11}), both
 * included, each defaulting to where the data begins (at most {@value #MAX_MONTHS} months back) and to
 * this month.
 */
record MonthRange(YearMonth from, YearMonth to) {

    /** Enough for every month since records began, few enough that no request counts without end. */
    static final int MAX_MONTHS = 240;

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    /**
     * @param defaultFrom the month the data begins, if {@code from} is not given
     * @throws InvalidRequest naming {@code from} or {@code to} if either is not a month, or they are the
     *                        wrong way round or too far apart
     */
    static MonthRange parse(String from, String to, YearMonth defaultFrom, YearMonth thisMonth) {
        List<FieldProblem> problems = new ArrayList<>();
        YearMonth first = month("from", from, problems);
        YearMonth last = month("to", to, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequest(InvalidRequest.PARAMETERS, problems);
        }
        YearMonth end = last == null ? thisMonth : last;
        // By default from where the data begins, but no further back than a range may reach.
        YearMonth earliest = end.minusMonths(MAX_MONTHS - 1);
        YearMonth start = first != null ? first
                : defaultFrom.isAfter(end) ? end : defaultFrom.isBefore(earliest) ? earliest : defaultFrom;
        if (start.isAfter(end)) {
            throw InvalidRequest.parameter("from", "from must not be after to");
        }
        if (start.plusMonths(MAX_MONTHS).isBefore(end.plusMonths(1))) {
            throw InvalidRequest.parameter("from",
                    "from and to may be at most " + MAX_MONTHS + " months apart");
        }
        return new MonthRange(start, end);
    }

    private static YearMonth month(String name, String value, List<FieldProblem> problems) {
        if (value == null) {
            return null;
        }
        try {
            if (MONTH.matcher(value).matches()) {
                return YearMonth.parse(value);
            }
        } catch (DateTimeParseException notAMonth) {
            // Reported below, with the other parameter's problem if it has one.
        }
        problems.add(new FieldProblem(name, name + " must be a month such as 2026-11"));
        return null;
    }
}
