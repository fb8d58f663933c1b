package org.carefeed.choice.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: what the service is for, and the search form (a GET form, so it works without JavaScript). */
@Controller
class StartPageController {

    /** A choice in the type filter: the provider type the API takes, and how people say it. */
    record TypeOption(String value, String label) {
    }

    /** The start page's view: the types a search may be narrowed to. */
    record StartPage(List<TypeOption> types) {
    }

    /** The types most people look for, as the directory names them (see ProviderTypes). */
    static final StartPage PAGE = new StartPage(List.of(
            new TypeOption("hospital", "Hospital"),
            new TypeOption("gp-practice", "GP practice"),
            new TypeOption("dentist", "Dentist"),
            new TypeOption("pharmacy", "Pharmacy"),
            new TypeOption("optician", "Optician"),
            new TypeOption("clinic", "Clinic")));

    @GetMapping("/")
    String start(Model model) {
        model.addAttribute("page", PAGE);
        return "start/start";
    }
}
