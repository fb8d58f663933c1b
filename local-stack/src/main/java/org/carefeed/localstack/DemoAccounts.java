package org.carefeed.localstack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The demo accounts the local stack seeds in feedback-service, for the fictional demo providers: a
 * moderator, an administrator, and staff of two providers. They share one generated password. They
 * are given by environment, all of them, because Spring replaces a list as a whole rather than
 * merging it across property sources (and passwords must not show in the process list).
 */
final class DemoAccounts {

    record Account(String email, String displayName, String roles, String providerCodes, String purpose) {
    }

    static final List<Account> ACCOUNTS = List.of(
            new Account("moderator@demo.carefeed", "Demo Moderator", "MODERATOR", "", "moderates reviews"),
            new Account("admin@demo.carefeed", "Demo Admin", "ADMIN", "",
                    "creates and disables accounts; imports files into choice-service"),
            new Account("staff.trust@demo.carefeed", "Demo Trust Staff", "STAFF", "ZZ1",
                    "staff of Demoshire Hospitals NHS Foundation Trust (ZZ1) and its sites ZZ101-ZZ103"),
            new Account("staff.surgery@demo.carefeed", "Demo Surgery Staff", "STAFF", "ZZ9001",
                    "staff of Market Square Surgery (ZZ9001)"));

    private DemoAccounts() {
    }

    static Map<String, String> environment(String password) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (int i = 0; i < ACCOUNTS.size(); i++) {
            Account account = ACCOUNTS.get(i);
            String prefix = "CAREFEED_ACCOUNTS_SEED_" + i + "_";
            environment.put(prefix + "EMAIL", account.email());
            environment.put(prefix + "DISPLAY_NAME", account.displayName());
            environment.put(prefix + "PASSWORD", password);
            environment.put(prefix + "ROLES", account.roles());
            if (!account.providerCodes().isEmpty()) {
                environment.put(prefix + "PROVIDER_CODES", account.providerCodes());
            }
        }
        return environment;
    }

    static String describe() {
        return ACCOUNTS.stream().map(account -> "  %-28s %s".formatted(account.email(), account.purpose()))
                .collect(Collectors.joining("\n"));
    }
}
