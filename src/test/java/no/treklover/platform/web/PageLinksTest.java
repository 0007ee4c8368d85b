package no.treklover.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class PageLinksTest {

    @AfterEach
    void clear() {
        RequestContextHolder.resetRequestAttributes();
    }

    @ParameterizedTest(name = "{0} ?{1} -> page {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            /partner  | NULL                                   | 1 | /partner?page=1
            /partner  | size=1                                 | 1 | /partner?page=1&size=1
            /partner  | page=1&size=1                          | 0 | /partner?page=0&size=1
            /partner  | page=-3&size=100000                    | 1 | /partner?page=1&size=100000
            /caseload | search=Ola+Nord&phase=&page=2&sort=DUE | 1 | /caseload?page=1&search=Ola+Nord&phase=&sort=DUE
            /caseload | search=a%2Bb%26c&status=ACTIVE         | 1 | /caseload?page=1&search=a%2Bb%26c&status=ACTIVE
            /caseload | search=%C3%A6%C3%B8%C3%A5              | 1 | /caseload?page=1&search=%C3%A6%C3%B8%C3%A5
            /caseload | search=010190+12345&phase=FOLLOW_UP     | 1 | /caseload?page=1&phase=FOLLOW_UP
            /caseload | search=01019012345                      | 1 | /caseload?page=1
            /caseload | search=%ZZ&overdueOnly                  | 1 | /caseload?page=1&overdueOnly=
            /caseload | PAGE=3&page=4&page=5                    | 0 | /caseload?page=0&PAGE=3
            """)
    void replacesOnlyThePageAndKeepsTheOtherParameters(String path, String query, int page, String expected) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/app" + path);
        request.setContextPath("/app");
        request.setQueryString(query);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        assertThat(new PageLinks().to(page)).isEqualTo(expected);
    }
}
