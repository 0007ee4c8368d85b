package no.treklover.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifierConstraintsTest {

    record Form(
            @ValidNationalId String nationalId,
            @ValidOrganisationNumber String organisationNumber,
            @ValidAccountNumber String accountNumber,
            @ValidKid String kid) {
    }

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void createValidator() {
        factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    @ParameterizedTest(name = "{0} [{1}] -> {2}")
    @CsvSource(nullValues = "NULL", value = {
            "nationalId, 01019000083, ''",
            "nationalId, '010190 00083', ''",
            "nationalId, 01019000084, {validation.nationalId}",
            "nationalId, NULL, ''",
            "nationalId, '  ', ''",
            "organisationNumber, '974 760 673', ''",
            "organisationNumber, 974760674, {validation.organisationNumber}",
            "organisationNumber, NULL, ''",
            "accountNumber, 1234.56.78903, ''",
            "accountNumber, 86011117948, {validation.accountNumber}",
            "accountNumber, '', ''",
            "kid, 99-, ''",
            "kid, 12345, {validation.kid}",
            "kid, NULL, ''",
    })
    void reportsOnlyInvalidValues(String field, String value, String expectedMessage) {
        Form form = new Form(
                field.equals("nationalId") ? value : null,
                field.equals("organisationNumber") ? value : null,
                field.equals("accountNumber") ? value : null,
                field.equals("kid") ? value : null);

        Set<ConstraintViolation<Form>> violations = validator.validate(form);

        List<String> expected = expectedMessage.isEmpty() ? List.of() : List.of(field + ": " + expectedMessage);
        assertEquals(expected, violations.stream()
                .map(violation -> violation.getPropertyPath() + ": " + violation.getMessage())
                .toList());
    }
}
