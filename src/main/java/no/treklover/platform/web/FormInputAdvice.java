package no.treklover.platform.web;

import java.math.BigDecimal;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/** Form fields arrive trimmed, decimals may be typed the Norwegian way, and an empty field means "not given". */
@ControllerAdvice
class FormInputAdvice {

    @InitBinder
    void normaliseInput(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor("\u0000", true));
        binder.registerCustomEditor(BigDecimal.class, new NorwegianDecimalEditor());
    }
}
