package duban.rules.duty;

/** What makes a unit part of a task. A unit may stand on a task in several ways at once. */
public enum Standing {
    /** 牵头单位: accountable; reports and asks for completion. */
    LEAD,
    /** 同责单位 / 配合单位 (co-responsible): shares the task; owes reports only where it holds a share. */
    CO,
    /** Holds a share of a target in its own name (红旗区2家). */
    SHARE_HOLDER,
    /** A member of a unit group that holds a share (各县(市)、区, 自创区外). */
    GROUP_MEMBER;

    /** Whether this standing alone makes the unit owe periodic reports. */
    public boolean owesReports() {
        return this != CO;
    }
}
