package org.carefeed.choice.contract;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the OpenAPI document says about who runs this service and where it answers.
 *
 * @param contact who to ask about the open data
 * @param servers where the API answers; a relative {@code /} means wherever the document was read from
 */
@ConfigurationProperties("carefeed.api-contract")
record ApiContractProperties(Contact contact, List<Server> servers) {

    ApiContractProperties {
        servers = servers == null || servers.isEmpty() ? List.of(new Server("/", "This instance of the service"))
                : List.copyOf(servers);
    }

    record Contact(String name, String email, String url) {
    }

    record Server(String url, String description) {
    }
}
