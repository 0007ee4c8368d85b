package no.treklover.employer.register;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import no.treklover.access.AccessPolicy;
import no.treklover.access.CurrentUser;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.web.PageBounds;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The import page (issue 12): upload a register file or name one in the import folder, then follow its progress
 * bar (htmx polls the progress part; without JavaScript a refresh link does the same), the past imports and the
 * rows an import rejected. The upload is read as a stream (Spring's multipart stays off): the file goes to disk as
 * it arrives, and the CSRF token comes in the form's address, since nothing reads the multipart body before it.
 */
@Controller
class EmployerImportPageController {

    private final EmployerImportService imports;
    private final AccessPolicy policy;

    EmployerImportPageController(EmployerImportService imports, AccessPolicy policy) {
        this.imports = imports;
        this.policy = policy;
    }

    @GetMapping("/employers/import")
    String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("imports", imports.list(user, new PageBounds(PageBounds.clampPage(page), 20).pageRequest()));
        model.addAttribute("serverFiles", imports.serverFiles(user));
        model.addAttribute("kinds", RegisterKind.values());
        return "employer/import";
    }

    @PostMapping("/employers/import/server-file")
    String serverFile(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String fileName,
            @RequestParam(required = false) String kind, @RequestParam(defaultValue = "false") boolean full,
            Model model) {
        try {
            ImportJob job = imports.startServerFile(user, fileName, new EmployerImportService.Request(kind(kind), full));
            return "redirect:/employers/import/" + job.id();
        } catch (RuleViolationException e) {
            return withError(user, model, "serverFileError", e);
        }
    }

    @PostMapping("/employers/import/upload")
    String upload(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model)
            throws IOException {
        policy.requireEmployerImport(user);
        if (!JakartaServletFileUpload.isMultipartContent(request)) {
            return withError(user, model, "uploadError", new RuleViolationException("file", "employerImport.file.empty"));
        }
        String kind = null;
        boolean full = false;
        try {
            FileItemInputIterator items = new JakartaServletFileUpload<>().getItemIterator(request);
            while (items.hasNext()) {
                FileItemInput item = items.next();
                try (InputStream in = item.getInputStream()) {
                    if (item.isFormField()) {
                        String value = new String(in.readNBytes(100), StandardCharsets.UTF_8);
                        if (item.getFieldName().equals("kind")) {
                            kind = value;
                        } else if (item.getFieldName().equals("full")) {
                            full = "true".equals(value);
                        }
                    } else if (item.getFieldName().equals("file")) {
                        ImportJob job = imports.startUpload(user, item.getName(), in,
                                new EmployerImportService.Request(kind(kind), full));
                        return "redirect:/employers/import/" + job.id();
                    }
                }
            }
            throw new RuleViolationException("file", "employerImport.file.empty");
        } catch (RuleViolationException e) {
            return withError(user, model, "uploadError", e);
        }
    }

    private String withError(CurrentUser user, Model model, String name, RuleViolationException e) {
        model.addAttribute(name, e.violations().get(0).messageKey());
        return page(user, 0, model);
    }

    /** The kind chosen, or null for "told by the file"; anything else is that too. */
    private static RegisterKind kind(String kind) {
        return "UNITS".equals(kind) ? RegisterKind.UNITS : "SUB_UNITS".equals(kind) ? RegisterKind.SUB_UNITS : null;
    }

    @GetMapping("/employers/import/{id}")
    String job(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("job", imports.get(user, id));
        return "employer/import-job";
    }

    @GetMapping("/employers/import/{id}/rejections")
    String rejections(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("job", imports.get(user, id));
        model.addAttribute("rows", imports.rejections(user, id, new PageBounds(PageBounds.clampPage(page), 50).pageRequest()));
        return "employer/import-rejections";
    }
}
