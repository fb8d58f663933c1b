package org.carefeed.feedback.moderation;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Replaces personal data in free text with a marker saying what was removed: NHS numbers (10 digits,
 * spaced or not, with a valid modulus-11 check digit), email addresses, UK phone numbers and full UK
 * postcodes. NHS numbers go first, so a phone pattern never eats one; a 10-digit number whose check
 * digit is wrong is not an NHS number and is left alone.
 */
@Component
public final class Redactor {

    public static final String NHS_NUMBER = "[NHS number removed]";
    public static final String EMAIL = "[email address removed]";
    public static final String PHONE = "[phone number removed]";
    public static final String POSTCODE = "[postcode removed]";

    private record Rule(Pattern pattern, Predicate<String> applies, String marker) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("(?<![\\d+])\\d{3}[ -]?\\d{3}[ -]?\\d{4}(?!\\d)"), Redactor::isNhsNumber, NHS_NUMBER),
            new Rule(Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"), any -> true, EMAIL),
            // +44 or 0, then 9 or 10 more digits, spaces, dashes or brackets allowed between them.
            new Rule(Pattern.compile("(?<![\\w+])(?:\\+44[\\s-]?(?:\\(0\\)[\\s-]?)?|\\(?0)\\d(?:[\\s-]?\\)?[\\s-]?\\d){8,9}(?!\\d)"),
                    Redactor::hasPhoneLength, PHONE),
            new Rule(Pattern.compile("(?i)\\b(?:GIR ?0AA|[A-PR-UWYZ](?:\\d{1,2}|[A-HK-Y]\\d{1,2}|\\d[A-HJKPSTUW]|[A-HK-Y]\\d[ABEHMNPRV-Y]) ?\\d[ABD-HJLNP-UW-Z]{2})\\b"),
                    any -> true, POSTCODE));

    /** The text with every piece of personal data it recognises replaced by its marker. */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (Rule rule : RULES) {
            result = replace(result, rule);
        }
        return result;
    }

    private static String replace(String text, Rule rule) {
        Matcher matcher = rule.pattern().matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String found = matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(rule.applies().test(found) ? rule.marker() : found));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Modulus 11: weights 10 down to 2 on the first nine digits; 11 - remainder is the check digit (11 means 0, 10 is never valid). */
    static boolean isNhsNumber(String candidate) {
        String digits = candidate.replaceAll("\\D", "");
        if (digits.length() != 10) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }

    /** UK numbers are 10 or 11 digits in national form; "+44 (0)20..." already carries its 0. */
    private static boolean hasPhoneLength(String candidate) {
        String digits = candidate.replaceAll("\\D", "");
        String national = digits;
        if (candidate.startsWith("+44")) {
            String rest = digits.substring(2);
            national = rest.startsWith("0") ? rest : "0" + rest;
        }
        return national.length() == 10 || national.length() == 11;
    }
}
