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

    /** The months as asked for, each null when not given: checked before any data is read. */
    record Asked(YearMonth from, YearMonth to) {

        /**
         * @param dataFrom the month the data begins, for a {@code from} not given
         * @throws InvalidRequest naming {@code from} if the months are the wrong way round or too far apart
         */
        MonthRange within(YearMonth dataFrom, YearMonth thisMonth) {
            YearMonth end = to == null ? thisMonth : to;
            YearMonth earliest = end.minusMonths(MAX_MONTHS - 1);
            YearMonth start = from != null ? from
                    : dataFrom.isAfter(end) ? end : dataFrom.isBefore(earliest) ? earliest : dataFrom;
            if (start.isAfter(end)) {
                throw InvalidRequest.parameter("from", "from must not be after to");
            }
            if (start.isBefore(earliest)) {
                throw InvalidRequest.parameter("from", "from and to may be at most " + MAX_MONTHS + " months apart");
            }
            return new MonthRange(start, end);
        }
    }

    /** @throws InvalidRequest naming {@code from} or {@code to}, or both, if they are not months */
    static Asked asked(String from, String to) {
        List<FieldProblem> problems = new ArrayList<>();
        YearMonth first = month("from", from, problems);
        YearMonth last = month("to", to, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequest(InvalidRequest.PARAMETERS, problems);
        }
        return new Asked(first, last);
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

    /** Each month of the range, in order. */
    List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** The range as an ISO 8601 interval of months, {@code 2026-01/2026-11}. */
    String period() {
        return from + "/" + to;
    }
}
