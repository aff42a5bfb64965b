/// How a meeting notice was delivered.
public enum NoticeDelivery: String, PolicyEnum {
    case hand
    case email
    case post
}
