package no.treklover.learning;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import no.treklover.access.CurrentUser;
import no.treklover.platform.web.ETags;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Refleksjon", description = "Counsellors' reflection notes on processes (private or shared with a peer "
        + "group of the office) and the office's peer groups")
class ReflectionApiController {

    private final ReflectionService reflections;
    private final PeerGroupService groups;

    ReflectionApiController(ReflectionService reflections, PeerGroupService groups) {
        this.reflections = reflections;
        this.groups = groups;
    }

    @GetMapping("/processes/{id}/reflections")
    @Operation(summary = "The process's reflection notes the caller reads: her own and her peer groups', newest first")
    List<ReflectionNote> list(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return reflections.list(user, id);
    }

    @PostMapping("/processes/{id}/reflections")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Write a reflection note (at least one prompt answered); peerGroupId null keeps it private")
    ResponseEntity<ReflectionNote> write(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @RequestBody ReflectionDetails request) {
        ReflectionNote note = reflections.write(user, id, request);
        return ResponseEntity.created(URI.create("/api/v1/reflections/" + note.id()))
                .eTag(ETags.of(note.version())).body(note);
    }

    @GetMapping("/reflections/{id}")
    @Operation(summary = "One reflection note: its author and the members of the group it is shared with")
    ResponseEntity<ReflectionNote> get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        ReflectionNote note = reflections.get(user, id);
        return ResponseEntity.ok().eTag(ETags.of(note.version())).body(note);
    }

    @PutMapping("/reflections/{id}")
    @Operation(summary = "Change one's own reflection note; requires If-Match")
    ResponseEntity<ReflectionNote> update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ReflectionDetails request) {
        ReflectionNote note = reflections.update(user, id, ETags.expectedVersion(ifMatch), request);
        return ResponseEntity.ok().eTag(ETags.of(note.version())).body(note);
    }

    @DeleteMapping("/reflections/{id}")
    @Operation(summary = "Delete one's own reflection note; requires If-Match")
    ResponseEntity<Void> delete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        reflections.delete(user, id, ETags.expectedVersion(ifMatch));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/learning/peer-groups")
    @Operation(summary = "The peer groups of the caller's office with their members")
    List<PeerGroup> groups(@AuthenticationPrincipal CurrentUser user) {
        return groups.list(user);
    }

    @PostMapping("/learning/peer-groups")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a peer group of the caller's office (the caller is always a member)")
    ResponseEntity<PeerGroup> createGroup(@AuthenticationPrincipal CurrentUser user,
            @Valid @RequestBody PeerGroupDetails request) {
        PeerGroup group = groups.create(user, request);
        return ResponseEntity.created(URI.create("/api/v1/learning/peer-groups/" + group.id()))
                .eTag(ETags.of(group.version())).body(group);
    }
}
