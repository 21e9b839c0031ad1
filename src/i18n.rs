//! Every piece of UI text (labels, headings, messages) in every language. The catalog's content
//! stays English; this module words the UI and the computed facts around it.

use crate::catalog::{Actor, Phase, Severity};
use crate::code::Hint;
use crate::compare::{Fact, Retry};
use crate::entry::Outcome;
use crate::reason::Bounce;
use crate::reply::Warning;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    De,
    Ko,
    Id,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::De, Lang::Ko, Lang::Id];

    /// Picks the language of a BCP 47 tag by its primary subtag (`ko-KR` is Korean); `in` is the
    /// old code for Indonesian. `None` for a language we lack, so the caller can look further.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "de" => Some(Lang::De),
            "ko" => Some(Lang::Ko),
            "id" | "in" => Some(Lang::Id),
            _ => None,
        }
    }

    /// The first tag we speak, else English: never fails.
    pub fn pick<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter().find_map(Lang::from_tag).unwrap_or_default()
    }

    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Ko => "ko",
            Lang::Id => "id",
        }
    }

    /// The language's own name, for the language switch.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Ko => "한국어",
            Lang::Id => "Bahasa Indonesia",
        }
    }

    pub fn t(self, m: Msg) -> &'static str {
        m.text(self)
    }
}

macro_rules! messages {
    ($($key:ident => [$en:expr, $de:expr, $ko:expr, $id:expr],)*) => {
        /// A piece of UI text; `Lang::t` gives its wording. A new key needs all four languages.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Msg { $($key),* }
        impl Msg {
            pub const ALL: &'static [Msg] = &[$(Msg::$key),*];
            fn text(self, lang: Lang) -> &'static str {
                match self {
                    $(Msg::$key => match lang { Lang::En => $en, Lang::De => $de, Lang::Ko => $ko, Lang::Id => $id }),*
                }
            }
        }
    };
}

messages! {
    // Card sections
    Meaning => ["What it means", "Bedeutung", "의미", "Artinya"],
    WhenYouSeeIt => ["When you see it", "Wann Sie ihn sehen", "언제 나타나나요", "Kapan muncul"],
    HowToFix => ["How to fix it", "So beheben Sie es", "해결 방법", "Cara memperbaikinya"],
    ForSender => ["If you send the mail", "Wenn Sie die Mail senden", "메일을 보내는 쪽이라면", "Jika Anda pengirim email"],
    ForAdmin => ["If you run the receiving server", "Wenn Sie den empfangenden Server betreiben", "수신 서버를 운영한다면", "Jika Anda mengelola server penerima"],
    Causes => ["Common causes", "Häufige Ursachen", "흔한 원인", "Penyebab umum"],
    Faq => ["Questions people ask", "Häufige Fragen", "자주 묻는 질문", "Pertanyaan yang sering diajukan"],
    Rfcs => ["Defined in", "Definiert in", "정의 문서", "Didefinisikan di"],
    Related => ["Related codes", "Verwandte Codes", "관련 코드", "Kode terkait"],
    AlsoMeans => ["Also means", "Bedeutet auch", "다른 의미", "Juga berarti"],
    UsualEnhanced => ["Usually comes with", "Kommt meist mit", "함께 자주 오는 코드", "Biasanya disertai"],
    UsualBasic => ["Sent with the basic codes", "Gesendet mit den Basis-Codes", "함께 쓰이는 기본 코드", "Dikirim bersama kode dasar"],
    AnyBasic => ["any", "beliebig", "모두", "apa saja"],
    ProviderUses => ["How providers use it", "Wie Anbieter ihn verwenden", "메일 서비스별 사용", "Cara penyedia menggunakannya"],
    ProviderSpecific => ["Provider-specific", "Anbieterspezifisch", "서비스 전용", "Khusus penyedia"],
    NonStandard => ["Non-standard", "Nicht standardisiert", "비표준", "Non-standar"],
    NonStandardNote => ["No standards-track RFC defines this as a basic reply code.", "Kein RFC auf dem Standardweg definiert dies als Basis-Antwortcode.", "표준 트랙 RFC는 이를 기본 응답 코드로 정의하지 않습니다.", "Tidak ada RFC jalur standar yang mendefinisikan ini sebagai kode balasan dasar."],
    Deprecated => ["Deprecated", "Veraltet", "폐기됨", "Usang"],
    Unverified => ["Registry entry not verified", "Registereintrag nicht überprüft", "등록 정보 미확인", "Entri registri belum diverifikasi"],
    ProviderUnverified => ["Not confirmed in the provider's documentation", "In der Dokumentation des Anbieters nicht bestätigt", "서비스 제공자 문서에서 확인되지 않음", "Tidak dikonfirmasi dalam dokumentasi penyedia"],
    ClassAndSubject => ["Class and subject", "Klasse und Thema", "클래스와 주제", "Kelas dan subjek"],
    Example => ["What it looks like", "So sieht es aus", "실제 모습", "Contohnya"],
    Severity => ["Severity", "Schweregrad", "심각도", "Tingkat keparahan"],
    ClassFree => ["X stands for the class: 2 success, 4 transient (retry), 5 permanent (don't).", "X steht für die Klasse: 2 Erfolg, 4 vorübergehend (wiederholen), 5 dauerhaft (nicht wiederholen).", "X는 클래스를 뜻합니다: 2 성공, 4 일시적(재시도), 5 영구적(재시도 안 함).", "X adalah kelasnya: 2 berhasil, 4 sementara (coba lagi), 5 permanen (jangan)."],
    // Outcomes and what they mean for the sender
    Success => ["Success", "Erfolg", "성공", "Berhasil"],
    Continue => ["Continue", "Fortsetzen", "계속", "Lanjutkan"],
    Transient => ["Transient failure", "Vorübergehender Fehler", "일시적 실패", "Kegagalan sementara"],
    Permanent => ["Permanent failure", "Dauerhafter Fehler", "영구적 실패", "Kegagalan permanen"],
    RetryNotNeeded => ["nothing to retry", "nichts zu wiederholen", "재시도할 필요 없음", "tidak perlu dicoba ulang"],
    RetryContinue => ["send the next part", "den nächsten Teil senden", "다음 단계를 보내세요", "kirim bagian berikutnya"],
    RetryLater => ["retry later", "später erneut versuchen", "나중에 재시도", "coba lagi nanti"],
    RetryNotUnchanged => ["don't retry unchanged", "nicht unverändert wiederholen", "그대로 재시도하지 마세요", "jangan coba ulang tanpa perubahan"],
    SeverityNone => ["none", "keiner", "없음", "tidak ada"],
    SeverityLow => ["low", "niedrig", "낮음", "rendah"],
    SeverityMedium => ["medium", "mittel", "보통", "sedang"],
    SeverityHigh => ["high", "hoch", "높음", "tinggi"],
    ActorNone => ["nobody", "niemand", "없음", "tidak ada"],
    ActorSender => ["the sender", "der Absender", "보내는 쪽", "pengirim"],
    ActorReceiver => ["the receiving server's admin", "der Admin des Empfangsservers", "수신 서버 관리자", "admin server penerima"],
    ActorBoth => ["sender and receiver", "Absender und Empfänger", "보내는 쪽과 받는 쪽 모두", "pengirim dan penerima"],
    PhaseConnect => ["connection opening", "Verbindungsaufbau", "연결 시작", "pembukaan koneksi"],
    PhaseAny => ["any command", "jeder Befehl", "모든 명령", "perintah apa pun"],
    PhaseEndOfData => ["end of message data", "Ende der Nachrichtendaten", "메시지 데이터 끝", "akhir data pesan"],
    // Comparison
    Compare => ["Compare", "Vergleichen", "비교", "Bandingkan"],
    Versus => ["vs", "vs.", "대", "vs"],
    Aspect => ["Aspect", "Aspekt", "항목", "Aspek"],
    Class => ["Class", "Klasse", "클래스", "Kelas"],
    Outcome => ["Outcome", "Ergebnis", "결과", "Hasil"],
    Retry => ["Next step", "Nächster Schritt", "다음 단계", "Langkah berikutnya"],
    Phase => ["Sent at", "Gesendet bei", "전송 시점", "Dikirim saat"],
    WhoActs => ["Who must act", "Wer handeln muss", "조치할 쪽", "Siapa yang harus bertindak"],
    Standard => ["Standard", "Standard", "표준", "Standar"],
    Yes => ["yes", "ja", "예", "ya"],
    No => ["no", "nein", "아니요", "tidak"],
    KeyDifferences => ["Key differences", "Wichtigste Unterschiede", "핵심 차이", "Perbedaan utama"],
    WhenWhich => ["When you see which", "Wann Sie welchen sehen", "언제 어느 것을 보나요", "Kapan melihat yang mana"],
    SameEverywhere => ["The two agree in every aspect listed.", "Die beiden stimmen in allen aufgeführten Aspekten überein.", "나열된 모든 항목이 같습니다.", "Keduanya sama dalam semua aspek yang tercantum."],
    // States
    UnknownCode => ["is well-formed, but not in the catalog.", "ist gültig aufgebaut, steht aber nicht im Katalog.", "형식은 올바르지만 카탈로그에 없습니다.", "formatnya benar, tetapi tidak ada di katalog."],
    Nearest => ["Nearest known codes", "Nächste bekannte Codes", "가장 가까운 코드", "Kode terdekat yang dikenal"],
    InvalidCode => ["This is not an SMTP code", "Das ist kein SMTP-Code", "SMTP 코드가 아닙니다", "Ini bukan kode SMTP"],
    HintNotACode => ["A basic code is three digits, such as 250 or 550; an enhanced code has three parts, such as 5.7.26; both can come together, as in 550 5.7.26.", "Ein Basis-Code hat drei Ziffern, etwa 250 oder 550; ein erweiterter Code hat drei Teile, etwa 5.7.26; beide können zusammen stehen, wie in 550 5.7.26.", "기본 코드는 250이나 550처럼 세 자리 숫자이고, 확장 코드는 5.7.26처럼 세 부분으로 되어 있으며, 550 5.7.26처럼 함께 올 수 있습니다.", "Kode dasar terdiri dari tiga digit, seperti 250 atau 550; kode lanjutan punya tiga bagian, seperti 5.7.26; keduanya bisa muncul bersama, seperti 550 5.7.26."],
    HintBasicRange => ["SMTP reply codes start with 2, 3, 4 or 5.", "SMTP-Antwortcodes beginnen mit 2, 3, 4 oder 5.", "SMTP 응답 코드는 2, 3, 4, 5로 시작합니다.", "Kode balasan SMTP diawali 2, 3, 4, atau 5."],
    HintEnhancedClass => ["An enhanced status code starts with 2, 4 or 5 (or X for any class).", "Ein erweiterter Statuscode beginnt mit 2, 4 oder 5 (oder X für jede Klasse).", "확장 상태 코드는 2, 4, 5(또는 모든 클래스를 뜻하는 X)로 시작합니다.", "Kode status lanjutan diawali 2, 4, atau 5 (atau X untuk kelas apa pun)."],
    EmptyCode => ["No code to show yet.", "Noch kein Code zum Anzeigen.", "아직 표시할 코드가 없습니다.", "Belum ada kode untuk ditampilkan."],
    NotInReply => ["No SMTP code found in this text.", "In diesem Text wurde kein SMTP-Code gefunden.", "이 텍스트에서 SMTP 코드를 찾지 못했습니다.", "Tidak ada kode SMTP dalam teks ini."],
    // Explainer
    Explain => ["Explain a reply", "Antwort erklären", "응답 설명", "Jelaskan balasan"],
    PasteReply => ["Paste a server reply, a bounce message or mail-log lines", "Fügen Sie eine Serverantwort, eine Unzustellbarkeitsnachricht oder Zeilen aus dem Mail-Log ein", "서버 응답, 반송 메일 또는 메일 로그 줄을 붙여 넣으세요", "Tempel balasan server, pesan bounce, atau baris log email"],
    OpenFile => ["Or open a bounce message (.eml)", "Oder öffnen Sie eine Unzustellbarkeitsnachricht (.eml)", "또는 반송 메일(.eml) 파일을 여세요", "Atau buka pesan bounce (.eml)"],
    DropHint => ["You can also drop an .eml file here.", "Sie können eine .eml-Datei auch hier ablegen.", ".eml 파일을 여기에 끌어다 놓아도 됩니다.", "Anda juga dapat meletakkan berkas .eml di sini."],
    // The verdict on a bounce
    HardBounce => ["Hard bounce: remove this address", "Hard Bounce: Adresse aus der Liste entfernen", "하드 바운스: 이 주소를 목록에서 삭제하세요", "Hard bounce: hapus alamat ini dari daftar"],
    SoftBounce => ["Soft bounce: the address may be fine", "Soft Bounce: Die Adresse ist vermutlich in Ordnung", "소프트 바운스: 주소 자체는 문제없을 수 있습니다", "Soft bounce: alamatnya mungkin tidak bermasalah"],
    NothingFailed => ["Nothing failed", "Nichts ist fehlgeschlagen", "실패한 전송이 없습니다", "Tidak ada yang gagal"],
    Reason => ["Reason", "Grund", "원인", "Alasan"],
    Recipients => ["Recipients", "Empfänger", "수신자", "Penerima"],
    Address => ["Address", "Adresse", "주소", "Alamat"],
    Codes => ["Codes", "Codes", "코드", "Kode"],
    Verdict => ["Verdict", "Bewertung", "판정", "Putusan"],
    Hard => ["hard", "hart", "하드", "hard"],
    Soft => ["soft", "weich", "소프트", "soft"],
    RemoteHost => ["Remote server", "Gegenstelle", "상대 서버", "Server tujuan"],
    Action => ["Status", "Status", "상태", "Status"],
    ActionFailed => ["failed", "fehlgeschlagen", "실패", "gagal"],
    ActionDelayed => ["delayed", "verzögert", "지연", "tertunda"],
    ActionDelivered => ["delivered", "zugestellt", "전달됨", "terkirim"],
    ActionRelayed => ["relayed", "weitergeleitet", "중계됨", "diteruskan"],
    ActionExpanded => ["expanded to a list", "an Verteiler aufgelöst", "목록으로 확장됨", "diteruskan ke daftar"],
    ActionComplained => ["spam complaint", "Spam-Beschwerde", "스팸 신고", "keluhan spam"],
    AboutReason => ["About this reason", "Zu diesem Grund", "이 원인에 대해", "Tentang alasan ini"],
    ServerText => ["What the server said", "Was der Server sagte", "서버가 보낸 내용", "Kata server"],
    Provider => ["Provider", "Anbieter", "메일 서비스", "Penyedia"],
    Warnings => ["Warnings", "Warnungen", "경고", "Peringatan"],
    WarnClassMismatch => ["The enhanced code's class does not match the basic code's class.", "Die Klasse des erweiterten Codes passt nicht zur Klasse des Basis-Codes.", "확장 코드의 클래스가 기본 코드의 클래스와 맞지 않습니다.", "Kelas kode lanjutan tidak cocok dengan kelas kode dasar."],
    WarnCodesDiffer => ["The lines of this reply carry different codes.", "Die Zeilen dieser Antwort tragen unterschiedliche Codes.", "이 응답의 줄마다 코드가 다릅니다.", "Baris-baris balasan ini membawa kode yang berbeda."],
    // Page
    AppTitle => ["SMTP reply codes, explained", "SMTP-Antwortcodes, erklärt", "SMTP 응답 코드 해설", "Penjelasan kode balasan SMTP"],
    Search => ["Search", "Suchen", "검색", "Cari"],
    SearchPlaceholder => ["A code or words: 550, 5.7.26, quota", "Ein Code oder Wörter: 550, 5.7.26, quota", "코드 또는 단어: 550, 5.7.26, quota", "Kode atau kata: 550, 5.7.26, quota"],
    Browse => ["Browse", "Durchsuchen", "둘러보기", "Jelajahi"],
    All => ["All", "Alle", "전체", "Semua"],
    EnhancedCodes => ["Enhanced", "Erweitert", "확장", "Lanjutan"],
    NoResults => ["No code matches.", "Kein Code passt.", "일치하는 코드가 없습니다.", "Tidak ada kode yang cocok."],
    Language => ["Language", "Sprache", "언어", "Bahasa"],
    AllCodes => ["All codes", "Alle Codes", "모든 코드", "Semua kode"],
}

pub fn outcome(lang: Lang, o: Outcome) -> &'static str {
    lang.t(match o {
        Outcome::Success => Msg::Success,
        Outcome::Continue => Msg::Continue,
        Outcome::Transient => Msg::Transient,
        Outcome::Permanent => Msg::Permanent,
    })
}

pub fn retry(lang: Lang, r: Retry) -> &'static str {
    lang.t(match r {
        Retry::NotNeeded => Msg::RetryNotNeeded,
        Retry::Continue => Msg::RetryContinue,
        Retry::Later => Msg::RetryLater,
        Retry::NotUnchanged => Msg::RetryNotUnchanged,
    })
}

pub fn severity(lang: Lang, s: Severity) -> &'static str {
    lang.t(match s {
        Severity::None => Msg::SeverityNone,
        Severity::Low => Msg::SeverityLow,
        Severity::Medium => Msg::SeverityMedium,
        Severity::High => Msg::SeverityHigh,
    })
}

pub fn actor(lang: Lang, a: Actor) -> &'static str {
    lang.t(match a {
        Actor::None => Msg::ActorNone,
        Actor::Sender => Msg::ActorSender,
        Actor::Receiver => Msg::ActorReceiver,
        Actor::Both => Msg::ActorBoth,
    })
}

/// SMTP commands keep their names in every language; the other phases are words.
pub fn phase(lang: Lang, p: Phase) -> &'static str {
    match p {
        Phase::Connect => lang.t(Msg::PhaseConnect),
        Phase::Any => lang.t(Msg::PhaseAny),
        Phase::EndOfData => lang.t(Msg::PhaseEndOfData),
        Phase::Ehlo => "EHLO/HELO",
        Phase::Starttls => "STARTTLS",
        Phase::Auth => "AUTH",
        Phase::Mail => "MAIL FROM",
        Phase::Rcpt => "RCPT TO",
        Phase::Data => "DATA",
        Phase::Quit => "QUIT",
        Phase::Vrfy => "VRFY",
        Phase::Expn => "EXPN",
        Phase::Help => "HELP",
        Phase::Etrn => "ETRN",
        Phase::Atrn => "ATRN",
    }
}

pub fn warning(lang: Lang, w: Warning) -> &'static str {
    lang.t(match w {
        Warning::ClassMismatch => Msg::WarnClassMismatch,
        Warning::CodesDiffer => Msg::WarnCodesDiffer,
    })
}

/// The verdict's heading: hard, soft, or nothing failed.
pub fn verdict(lang: Lang, b: Option<Bounce>) -> &'static str {
    lang.t(match b {
        Some(Bounce::Hard) => Msg::HardBounce,
        Some(Bounce::Soft) => Msg::SoftBounce,
        None => Msg::NothingFailed,
    })
}

/// A DSN action (`failed`, `delayed` …) worded; an unknown one as it is.
pub fn action(lang: Lang, a: &str) -> &str {
    match a {
        "failed" => lang.t(Msg::ActionFailed),
        "delayed" => lang.t(Msg::ActionDelayed),
        "delivered" => lang.t(Msg::ActionDelivered),
        "relayed" => lang.t(Msg::ActionRelayed),
        "expanded" => lang.t(Msg::ActionExpanded),
        "complained" => lang.t(Msg::ActionComplained),
        other => other,
    }
}

pub fn hint(lang: Lang, h: Hint) -> &'static str {
    lang.t(match h {
        Hint::NotACode => Msg::HintNotACode,
        Hint::BasicRange => Msg::HintBasicRange,
        Hint::EnhancedClass => Msg::HintEnhancedClass,
    })
}

/// The label of a comparison row.
pub fn aspect(lang: Lang, f: &Fact) -> &'static str {
    lang.t(match f {
        Fact::Class(_) => Msg::Class,
        Fact::Outcome(_) => Msg::Outcome,
        Fact::Retry(_) => Msg::Retry,
        Fact::Phases(_) => Msg::Phase,
        Fact::Actor(_) => Msg::WhoActs,
        Fact::Severity(_) => Msg::Severity,
        Fact::Standard(_) => Msg::Standard,
    })
}

/// A fact worded: `retry later`, `MAIL FROM, RCPT TO`, `—` where nothing is known.
pub fn fact(lang: Lang, f: &Fact) -> String {
    match f {
        Fact::Class(c) => c.clone(),
        Fact::Outcome(o) => o.map_or("—", |o| outcome(lang, o)).to_string(),
        Fact::Retry(r) => r.map_or("—", |r| retry(lang, r)).to_string(),
        Fact::Phases([]) => "—".to_string(),
        Fact::Phases(ps) => ps.iter().map(|&p| phase(lang, p)).collect::<Vec<_>>().join(", "),
        Fact::Actor(a) => actor(lang, *a).to_string(),
        Fact::Severity(s) => severity(lang, *s).to_string(),
        Fact::Standard(b) => lang.t(if *b { Msg::Yes } else { Msg::No }).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_language_by_primary_subtag_and_falls_back() {
        assert_eq!(Lang::from_tag("ko-KR"), Some(Lang::Ko));
        assert_eq!(Lang::from_tag("DE"), Some(Lang::De));
        assert_eq!(Lang::from_tag("in"), Some(Lang::Id));
        assert_eq!(Lang::from_tag("fr"), None);
        assert_eq!(Lang::from_tag(""), None);
        assert_eq!(Lang::pick(["xx", "", "de-AT"]), Lang::De);
        assert_eq!(Lang::pick(["zz-ZZ"]), Lang::En);
    }

    #[test]
    fn every_language_is_complete_and_translated() {
        for &m in Msg::ALL {
            for lang in Lang::ALL {
                assert!(!lang.t(m).trim().is_empty(), "{m:?} is empty in {lang:?}");
            }
        }
        // Korean shares no text with English; German and Indonesian may share a few words.
        for lang in [Lang::De, Lang::Id] {
            let same = Msg::ALL.iter().filter(|&&m| lang.t(m) == Lang::En.t(m)).count();
            assert!(same * 10 < Msg::ALL.len(), "{lang:?}: {same} texts equal to English");
        }
        let same_ko: Vec<_> = Msg::ALL.iter().filter(|&&m| Lang::Ko.t(m) == Lang::En.t(m)).collect();
        assert!(same_ko.len() <= 1, "Korean equal to English: {same_ko:?}");
    }
}
