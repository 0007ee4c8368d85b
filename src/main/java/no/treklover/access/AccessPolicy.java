package no.treklover.access;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import no.treklover.audit.AuditAction;
import no.treklover.audit.AuditLog;
import no.treklover.platform.errors.ForbiddenException;
import org.springframework.stereotype.Service;

/**
 * The one place that decides what a user may do with a candidate's case. Controllers and services
 * ask it; every decision about a case is audit-logged, allowed or not.
 */
@Service
public class AccessPolicy {

    private static final Set<Role> NAV_STAFF =
            EnumSet.of(Role.COUNSELLOR, Role.DECISION_MAKER, Role.MARKET_CONTACT, Role.OFFICE_LEADER);

    private final Map<Role, RolePolicy> policies = new EnumMap<>(Role.class);
    private final AuditLog audit;

    /**
     * Roles without a policy of their own see no case details through these screens: the beslutter
     * works on agreements, the market contact on anonymised needs, the office leader on statistics;
     * mentor and employer get their own consent- and declaration-gated views.
     */
    AccessPolicy(List<RolePolicy> rolePolicies, AuditLog audit) {
        rolePolicies.forEach(policy -> policies.put(policy.role(), policy));
        for (Role role : Role.values()) {
            policies.putIfAbsent(role, new DenyAllPolicy(role));
        }
        this.audit = audit;
    }

    public boolean permits(CurrentUser user, Permission permission, CaseScope scope) {
        return policies.get(user.role()).permits(user, permission, scope);
    }

    public boolean mayCreateCases(CurrentUser user) {
        return policies.get(user.role()).mayCreateCases(user);
    }

    /** Throws {@link ForbiddenException} unless allowed; logs the access either way. */
    public void require(CurrentUser user, Permission permission, CaseScope scope, String resource) {
        AuditAction action = permission == Permission.EDIT_CASE ? AuditAction.WRITE : AuditAction.READ;
        if (!permits(user, permission, scope)) {
            audit.denied(user, action, resource, scope.candidateId(), permission.name());
            throw new ForbiddenException(user.username() + " may not " + permission + " " + resource);
        }
        audit.allowed(user, action, resource, scope.candidateId(), permission.name());
    }

    /** NAV's own staff share the employer register; employers, mentors and candidates do not see it. */
    public void requireNavStaff(CurrentUser user) {
        if (!NAV_STAFF.contains(user.role())) {
            throw new ForbiddenException(user.username() + " is not NAV staff");
        }
    }

    public void requireCaseCreation(CurrentUser user) {
        if (!mayCreateCases(user)) {
            throw new ForbiddenException(user.username() + " may not create cases");
        }
    }
}
