package no.treklover.learning;

import java.util.ArrayList;
import java.util.List;

/** Creating or changing a peer group from a page: its name and the ticked members. */
public class PeerGroupForm {

    private String name;
    private List<Long> memberIds = new ArrayList<>();
    private long version;

    static PeerGroupForm of(PeerGroup group) {
        PeerGroupForm f = new PeerGroupForm();
        f.name = group.name();
        f.memberIds = new ArrayList<>(group.members().stream().map(PeerGroup.Member::userId).toList());
        f.version = group.version();
        return f;
    }

    PeerGroupDetails toDetails() {
        return new PeerGroupDetails(name, memberIds);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<Long> getMemberIds() {
        return memberIds;
    }

    public void setMemberIds(List<Long> memberIds) {
        this.memberIds = memberIds == null ? new ArrayList<>() : memberIds;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
