<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AddStaffDialog</name>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="191"/>
        <source>Add a staff member</source>
        <translation>職員の追加</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="207"/>
        <source>&amp;Username</source>
        <translation>ユーザー名(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="208"/>
        <source>&amp;Full name</source>
        <translation>氏名(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="209"/>
        <source>&amp;Employee number</source>
        <translation>社員番号(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="210"/>
        <source>Roles</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="211"/>
        <source>First &amp;password</source>
        <translation>初期パスワード(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="212"/>
        <source>&amp;Repeat password</source>
        <translation>パスワード（確認）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="213"/>
        <source>Tell the new staff member this password in person. They add their authenticator app from the QR code shown next.</source>
        <translation>このパスワードは本人に直接伝えてください。次に表示する QR コードで、本人が認証アプリを登録します。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="219"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="234"/>
        <source>The two passwords are not the same.</source>
        <translation>2 つのパスワードが一致しません。</translation>
    </message>
</context>
<context>
    <name>AgentChangeForm</name>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="452"/>
        <source>Change withdrawal account</source>
        <translation>出金口座の変更</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="454"/>
        <source>Account t&amp;ype</source>
        <translation>預金種目(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="476"/>
        <source>Record call-bac&amp;k</source>
        <translation>コールバックを記録(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="477"/>
        <source>Send &amp;to a supervisor</source>
        <translation>スーパーバイザーへ送る(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="522"/>
        <source>Checking whether a change can be made…</source>
        <translation>変更できるか確認しています…</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="453"/>
        <source>&amp;Bank code</source>
        <translation>金融機関コード(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="453"/>
        <source>B&amp;ranch code</source>
        <translation>支店コード(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="454"/>
        <source>Account &amp;number</source>
        <translation>口座番号(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="455"/>
        <source>Why they &amp;differ</source>
        <translation>相違の理由(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="455"/>
        <source>Hold&amp;er name</source>
        <translation>口座名義(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="456"/>
        <source>Request came</source>
        <translation>受付方法</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="456"/>
        <source>N&amp;otes</source>
        <translation>メモ(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="463"/>
        <source>4 digits</source>
        <translation>4桁</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="464"/>
        <source>3 digits</source>
        <translation>3桁</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="465"/>
        <source>7 digits</source>
        <translation>7桁</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="466"/>
        <source>katakana, as on the account, e.g. ﾐﾎﾝ ﾀﾛｳ</source>
        <translation>口座のカナ名義のとおり（例: ﾐﾎﾝ ﾀﾛｳ）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="467"/>
        <source>e.g. the bank writes the long vowel differently</source>
        <translation>例: 銀行側で長音の表記が異なる</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="469"/>
        <source>optional, for the supervisor</source>
        <translation>任意（スーパーバイザー向け）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="470"/>
        <source>Next: check the ris&amp;k →</source>
        <translation>次へ: リスクを確認(&amp;K) →</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="471"/>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="472"/>
        <source>Evidence this risk requires</source>
        <translation>このリスクで必要な確認</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="473"/>
        <source>Call-back to the registered phone number</source>
        <translation>登録電話番号へのコールバック</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="474"/>
        <source>what the customer confirmed on the call-back</source>
        <translation>コールバックでお客様が確認した内容</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="486"/>
        <source>1 New account</source>
        <translation>1 新しい口座</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="486"/>
        <source>2 Evidence</source>
        <translation>2 確認書類</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="486"/>
        <source>3 Sent</source>
        <translation>3 送信済み</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="515"/>
        <source>Find and open the customer&apos;s record first.</source>
        <translation>先にお客様の記録を検索して開いてください。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="517"/>
        <source>Your role cannot open change requests.</source>
        <translation>あなたの権限では変更依頼を作成できません。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="536"/>
        <source>Go to &amp;identity verification</source>
        <translation>本人確認へ(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="538"/>
        <source>&amp;Take the caller now</source>
        <translation>このお客様を受け付ける(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="552"/>
        <source>— (no open call)</source>
        <translation>—（受付中の通話なし）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="554"/>
        <source>in this call ({channel})</source>
        <translation>この通話（{channel}）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="598"/>
        <source>✗ not in the Zengin bank list</source>
        <translation>✗ 全銀の金融機関一覧にありません</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="605"/>
        <source>✗ no such branch at {bank}</source>
        <translation>✗ {bank}にこの支店はありません</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="737"/>
        <source>Request #{id} — {status}</source>
        <translation>依頼 #{id} — {status}</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="740"/>
        <source>New account: {bank} {branch}, {type} {number}, holder {holder}</source>
        <translation>新しい口座: {bank} {branch}、{type} {number}、名義 {holder}</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="747"/>
        <source>Risk: {level}</source>
        <translation>リスク: {level}</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="760"/>
        <source>Call the customer back on the registered number ({phone}), dialled from the record, never a number the caller gives. Confirm the request, then note what was said.</source>
        <translation>登録電話番号（{phone}）へ、記録から発信してください。電話口の相手が伝える番号には掛けないでください。依頼内容を確認し、そのやり取りを記録します。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="764"/>
        <source>✓ Call-back made by {who} at {when}: {note}</source>
        <translation>✓ コールバック済み（{who}、{when}）: {note}</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="785"/>
        <source>Nothing beyond the supervisor&apos;s approval.</source>
        <translation>スーパーバイザーの承認のほかに必要なものはありません。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="787"/>
        <source>Complete: the request can go to a supervisor.</source>
        <translation>必要な確認が揃いました。スーパーバイザーへ送れます。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="794"/>
        <source>No documents checked yet.</source>
        <translation>確認済みの書類はまだありません。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="802"/>
        <source>failed: {checks}</source>
        <translation>不一致: {checks}</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="804"/>
        <source>expires {date}</source>
        <translation>有効期限 {date}</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="821"/>
        <source>The {document} was saved and passed every check.</source>
        <translation>{document}を保存しました。すべての確認項目に合格しています。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="823"/>
        <source>The {document} was saved but did not pass every check, so it does not count as evidence.</source>
        <translation>{document}を保存しましたが、不合格の項目があるため確認書類としては数えられません。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="846"/>
        <source>The call-back was recorded.</source>
        <translation>コールバックを記録しました。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="894"/>
        <source>✓ Request #{id} was sent to a supervisor for approval.

Tell the customer: another member of staff will check the request. A letter goes to the registered address, and the new account is used only after the approval and a cooling-off period; until then the customer can cancel.</source>
        <translation>✓ 依頼 #{id} をスーパーバイザーへ送りました。

お客様へのご案内: 別の担当者が依頼を確認します。ご登録の住所へ書面をお送りし、新しい口座は承認と待機期間の後にはじめて使われます。それまではお客様が取り消すことができます。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="899"/>
        <source>Request #{id} is {status}.</source>
        <translation>依頼 #{id} は「{status}」です。</translation>
    </message>
</context>
<context>
    <name>AgentCustomerSearch</name>
    <message>
        <location filename="../../authdesk/gui/customers/search.py" line="139"/>
        <source>&amp;Find a customer</source>
        <translation>お客様を検索(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/search.py" line="140"/>
        <source>Number, name in kana or kanji, or phone</source>
        <translation>顧客番号、氏名（カナ・漢字）、電話番号</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/search.py" line="141"/>
        <source>Type and pause; ↑ ↓ choose, Enter opens the record.</source>
        <translation>入力して少し待つと検索します。↑↓で選び、Enterで開きます。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/search.py" line="176"/>
        <source>No customer found. Check the number or the spelling with the caller.</source>
        <translation>該当するお客様がいません。番号や表記をお客様に確認してください。</translation>
    </message>
</context>
<context>
    <name>AgentDocumentForm</name>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="164"/>
        <source>Check a document</source>
        <translation>書類を確認</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="167"/>
        <source>&amp;Document</source>
        <translation>書類(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="169"/>
        <source>N&amp;umber</source>
        <translation>番号(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="171"/>
        <source>as printed; spaces and hyphens are fine</source>
        <translation>記載のとおり（空白・ハイフン可）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="172"/>
        <source>&amp;MRZ line 2</source>
        <translation>MRZ 2行目(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="174"/>
        <source>the 44 characters of the second line at the bottom of the photo page</source>
        <translation>顔写真ページ下部の2行目（44文字）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="176"/>
        <source>E&amp;xpiry</source>
        <translation>有効期限(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="179"/>
        <source>no expiry date printed</source>
        <translation>有効期限の記載なし</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="180"/>
        <source>Compared with the record</source>
        <translation>登録内容との照合</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="181"/>
        <source>&amp;Name matches the registered name</source>
        <translation>氏名が登録と一致(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="182"/>
        <source>Date of &amp;birth matches</source>
        <translation>生年月日が一致(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="196"/>
        <source>Name, date of birth, address, number, expiry: phone, mail, branch.</source>
        <translation>氏名・生年月日・住所・番号・有効期限: 電話・郵送・店頭で確認</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="197"/>
        <source>Photo: mail (on the copy), branch (the person at the counter).</source>
        <translation>顔写真: 郵送（写しで）・店頭（ご本人と照合）だけで確認</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="178"/>
        <source>YYYY/MM/DD</source>
        <translation>YYYY/MM/DD</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="183"/>
        <source>Add&amp;ress matches the registered address</source>
        <translation>住所が登録と一致(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="185"/>
        <source>Ph&amp;oto present on the copy</source>
        <translation>写しに顔写真がある(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="186"/>
        <source>Ph&amp;oto present and it is the person at the counter</source>
        <translation>顔写真があり、窓口のご本人である(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="188"/>
        <source>By phone the caller reads the document out: compare what they read. Its photo cannot be checked.</source>
        <translation>電話では、お客様に書類の記載を読み上げていただき、記録と照合します。顔写真は確認できません。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="190"/>
        <source>By mail: check the copy, including its photo.</source>
        <translation>郵送: 届いた写しを、顔写真も含めて確認します。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="191"/>
        <source>At the branch counter: check the original, and that its photo is the person in front of you.</source>
        <translation>店頭窓口: 原本を確認し、顔写真が目の前のご本人であることを確かめます。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="198"/>
        <source>Save this docum&amp;ent</source>
        <translation>この書類を保存(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="263"/>
        <source>The expiry is not a date: write it as YYYY/MM/DD.</source>
        <translation>有効期限が日付になっていません。YYYY/MM/DD の形で入力してください。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="274"/>
        <source>✓ Passes every check.</source>
        <translation>✓ すべての確認項目に合格。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="276"/>
        <source>✗ Fails: {checks}. It can be saved, but it will not count as evidence.</source>
        <translation>✗ 不合格: {checks}。保存はできますが、確認書類としては数えられません。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="280"/>
        <source>✗ Does not pass every check.</source>
        <translation>✗ 不合格の項目があります。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="290"/>
        <source>A My Number has 12 digits ({count} typed).</source>
        <translation>マイナンバーは12桁です（{count}桁入力済み）。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="294"/>
        <source>✓ Check digit correct. The My Number itself is not stored.</source>
        <translation>✓ チェックデジットは正しいです。マイナンバー自体は保存しません。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="297"/>
        <source>✗ The check digit does not match: ask the customer to read the number again.</source>
        <translation>✗ チェックデジットが一致しません。番号をもう一度読み上げていただいてください。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="312"/>
        <source>This document has no check digit to verify.</source>
        <translation>この書類には確認できるチェックデジットがありません。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="315"/>
        <source>✓ The number has the right form.</source>
        <translation>✓ 番号の形式は正しいです。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="317"/>
        <source>✗ The number does not have the right form or does not match the MRZ.</source>
        <translation>✗ 番号の形式が正しくないか、MRZと一致しません。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="320"/>
        <source>✗ The number does not have the right form for this document.</source>
        <translation>✗ この書類の番号の形式ではありません。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="333"/>
        <source>✓ Every MRZ check digit is correct: passport {number}, expires {expiry}.</source>
        <translation>✓ MRZのチェックデジットはすべて正しいです: パスポート番号 {number}、有効期限 {expiry}。</translation>
    </message>
</context>
<context>
    <name>AgentNameMatchView</name>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="123"/>
        <source>Registered name (normalised)</source>
        <translation>登録名義（正規化）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="124"/>
        <source>Account holder (normalised)</source>
        <translation>口座名義（正規化）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="161"/>
        <source>Type the holder name as written on the account (katakana).</source>
        <translation>口座に記載のとおり名義をカタカナで入力してください。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="164"/>
        <source>✓ Match</source>
        <translation>✓ 一致</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="165"/>
        <source>≈ Close match — {rule}. Write down why they differ.</source>
        <translation>≈ 近似一致 — {rule}。相違の理由を記入してください。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="166"/>
        <source>✗ No match — the account must be in the customer&apos;s own name.</source>
        <translation>✗ 不一致 — お客様ご本人名義の口座でなければなりません。</translation>
    </message>
</context>
<context>
    <name>AgentPage</name>
    <message>
        <location filename="../../authdesk/gui/customers/page.py" line="206"/>
        <source>&amp;Profile</source>
        <translation>お客様情報(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/page.py" line="206"/>
        <source>&amp;Verify identity</source>
        <translation>本人確認(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/page.py" line="207"/>
        <source>Change &amp;withdrawal account</source>
        <translation>出金口座の変更(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/page.py" line="208"/>
        <source>&amp;Authenticator</source>
        <translation>認証アプリ(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/page.py" line="211"/>
        <source>Other kinds of contact</source>
        <translation>その他の受付</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/page.py" line="214"/>
        <source>Take the caller first (New caller, Ctrl+N). Then find the record: type a customer number, a name in kana or kanji, or a phone number, then press Enter.

Ctrl+F comes back to the search.</source>
        <translation>まずお客様を受け付けます（新規受付、Ctrl+N）。次に記録を探します。顧客番号、氏名（カナ・漢字）、電話番号のいずれかを入力し、Enterを押してください。

Ctrl+F で検索欄に戻ります。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/page.py" line="219"/>
        <source>Find the caller&apos;s record: type a customer number, a name in kana or kanji, or a phone number, then press Enter.

Ctrl+F comes back to the search.</source>
        <translation>お電話のお客様の記録を探します。顧客番号、氏名（カナ・漢字）、電話番号のいずれかを入力し、Enterを押してください。

Ctrl+F で検索欄に戻ります。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/page.py" line="222"/>
        <source>Back to the customer search</source>
        <translation>お客様検索に戻る</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/page.py" line="417"/>
        <source>Authenticator: {state}</source>
        <translation>認証アプリ: {state}</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/page.py" line="423"/>
        <source>✓ Verified · {left} left</source>
        <translation>✓ 本人確認済み・残り {left}</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/page.py" line="427"/>
        <source>Not verified on this call</source>
        <translation>この通話では未確認</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/page.py" line="434"/>
        <source>Customers</source>
        <translation>お客様</translation>
    </message>
</context>
<context>
    <name>AgentProfilePanel</name>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="257"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="258"/>
        <source>Name (kana)</source>
        <translation>氏名（カナ）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="259"/>
        <source>Customer no.</source>
        <translation>顧客番号</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="260"/>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="261"/>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="262"/>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="263"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="264"/>
        <source>Account number</source>
        <translation>口座番号</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="268"/>
        <source>Customer</source>
        <translation>お客様</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="269"/>
        <source>Withdrawal account now</source>
        <translation>現在の出金口座</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="270"/>
        <source>Contact details changed recently</source>
        <translation>最近の連絡先変更</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="271"/>
        <source>Recent change requests</source>
        <translation>最近の変更依頼</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="272"/>
        <source>Cancel by reference…</source>
        <translation>お問い合わせ番号で取消…</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="273"/>
        <source>Recent calls</source>
        <translation>最近の通話</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="274"/>
        <source>No calls about this customer yet.</source>
        <translation>このお客様についての通話はまだありません。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="284"/>
        <source>Bank</source>
        <translation>金融機関</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="284"/>
        <source>Branch</source>
        <translation>支店</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="285"/>
        <source>Type</source>
        <translation>種目</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="285"/>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="286"/>
        <source>Holder</source>
        <translation>名義</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="288"/>
        <source>Show…</source>
        <translation>表示…</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="289"/>
        <source>Show the full {field}; asks for a reason, which is audited</source>
        <translation>{field}をすべて表示します。理由を入力し、監査ログに記録されます</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="326"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="353"/>
        <source>{field} changed {when} by {who}</source>
        <translation>{field}を {when} に {who} が変更</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="359"/>
        <source>None in the recent window.</source>
        <translation>対象期間内の変更はありません。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="368"/>
        <source>#{id} was rejected on {when}. Reason: {reason}</source>
        <translation>#{id} は {when} に却下されました。理由: {reason}</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="370"/>
        <source>#{id} was cancelled on {when}. Reason: {reason}</source>
        <translation>#{id} は {when} に取り消されました。理由: {reason}</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="398"/>
        <source>The full {field} is shown for two minutes; this was recorded in the audit log.</source>
        <translation>{field}を2分間表示します。この操作は監査ログに記録されました。</translation>
    </message>
</context>
<context>
    <name>AgentRecentCallsModel</name>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="74"/>
        <source>Taken</source>
        <translation>受付日時</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="74"/>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="74"/>
        <source>Contact</source>
        <translation>受付方法</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="74"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="75"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>AgentRecentRequestsModel</name>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="53"/>
        <source>Request</source>
        <translation>依頼</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="53"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="53"/>
        <source>Opened</source>
        <translation>作成日時</translation>
    </message>
</context>
<context>
    <name>AgentSearchModel</name>
    <message>
        <location filename="../../authdesk/gui/customers/search.py" line="66"/>
        <source>{number}  {name}
{kana} · {phone} · {factor}</source>
        <translation>{number}  {name}
{kana}・{phone}・{factor}</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/search.py" line="70"/>
        <source>Born {birth} · {address}</source>
        <translation>生年月日 {birth}・{address}</translation>
    </message>
</context>
<context>
    <name>AgentTexts</name>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="21"/>
        <source>no authenticator</source>
        <translation>未登録</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="22"/>
        <source>waiting for activation</source>
        <translation>有効化待ち</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="23"/>
        <source>active</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="24"/>
        <source>LOCKED</source>
        <translation>ロック中</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="25"/>
        <source>revoked</source>
        <translation>失効</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="36"/>
        <source>draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="37"/>
        <source>waiting for approval</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="38"/>
        <source>approved (cooling-off)</source>
        <translation>承認済み（待機期間中）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="39"/>
        <source>in effect</source>
        <translation>反映済み</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="40"/>
        <source>rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="41"/>
        <source>cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="42"/>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="49"/>
        <source>LOW</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="50"/>
        <source>MEDIUM</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="51"/>
        <source>HIGH</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="62"/>
        <source>Match</source>
        <translation>一致</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="63"/>
        <source>Close match</source>
        <translation>近似一致</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="64"/>
        <source>No match</source>
        <translation>不一致</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="77"/>
        <source>spelling variant (voiced marks, long vowels, ヅ/ズ, ヂ/ジ, ヲ/オ)</source>
        <translation>表記ゆれ（濁点・長音・ヅ/ズ・ヂ/ジ・ヲ/オ）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="79"/>
        <source>family and given name in the other order</source>
        <translation>姓と名の順序が逆</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="80"/>
        <source>one character different</source>
        <translation>1文字違い</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="87"/>
        <source>My Number card</source>
        <translation>マイナンバーカード</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="88"/>
        <source>Driver&apos;s licence</source>
        <translation>運転免許証</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="89"/>
        <source>Passport</source>
        <translation>パスポート</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="90"/>
        <source>Residence card</source>
        <translation>在留カード</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="91"/>
        <source>Health insurance card</source>
        <translation>健康保険証</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="92"/>
        <source>Proof of bank account (cash card, passbook)</source>
        <translation>口座確認書類（キャッシュカード・通帳）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="100"/>
        <source>name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="101"/>
        <source>date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="102"/>
        <location filename="../../authdesk/gui/kit/texts.py" line="183"/>
        <source>address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="103"/>
        <source>not expired</source>
        <translation>有効期限内</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="104"/>
        <source>number / check digit</source>
        <translation>番号・チェックデジット</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="105"/>
        <source>photo</source>
        <translation>顔写真</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="112"/>
        <source>ordinary (普通)</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="113"/>
        <source>current (当座)</source>
        <translation>当座</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="114"/>
        <source>savings (貯蓄)</source>
        <translation>貯蓄</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="121"/>
        <source>by phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="122"/>
        <source>by mail</source>
        <translation>郵送</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="123"/>
        <source>letter</source>
        <translation>郵送</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="124"/>
        <source>e-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="132"/>
        <source>phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="133"/>
        <source>mail item</source>
        <translation>郵送物</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="141"/>
        <source>still open</source>
        <translation>対応中</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="143"/>
        <source>Resolved</source>
        <translation>解決</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="144"/>
        <source>Change request opened</source>
        <translation>変更依頼を作成</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="145"/>
        <source>Follow-up needed</source>
        <translation>要フォローアップ</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="146"/>
        <source>Caller could not be verified</source>
        <translation>本人確認できず</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="147"/>
        <source>Change cancelled</source>
        <translation>変更を取りやめ</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="148"/>
        <source>Transferred</source>
        <translation>転送</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="149"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="150"/>
        <source>Cut off (the session ended)</source>
        <translation>中断（セッション終了）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="157"/>
        <source>authenticator activation letter</source>
        <translation>認証アプリ登録のご案内</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="158"/>
        <source>change approved</source>
        <translation>変更承認のお知らせ</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="159"/>
        <source>change rejected</source>
        <translation>変更却下のお知らせ</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="160"/>
        <source>change cancelled</source>
        <translation>変更取消のお知らせ</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="161"/>
        <source>withdrawal account changed</source>
        <translation>出金口座変更のお知らせ</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="163"/>
        <source>authenticator activated</source>
        <translation>認証アプリ登録完了のお知らせ</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="164"/>
        <source>authenticator locked</source>
        <translation>認証アプリ停止のお知らせ</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="165"/>
        <source>authenticator unlocked</source>
        <translation>認証アプリ再開のお知らせ</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="166"/>
        <source>authenticator re-enrolled</source>
        <translation>認証アプリ再登録のお知らせ</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="167"/>
        <source>contact details changed</source>
        <translation>登録内容変更のお知らせ</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="174"/>
        <source>to be sent</source>
        <translation>未送付</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="175"/>
        <source>sent</source>
        <translation>送付済み</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="176"/>
        <source>failed</source>
        <translation>不着</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="184"/>
        <source>postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="185"/>
        <source>phone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="186"/>
        <source>e-mail address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="193"/>
        <source>6-digit code from the customer&apos;s authenticator app (TOTP step-up)</source>
        <translation>お客様の認証アプリの6桁コード（TOTPによる本人確認）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="209"/>
        <source>{first} and {last}</source>
        <translation>{first}、{last}</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="210"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="212"/>
        <source>The customer&apos;s {fields} changed in the last {days} days; fraud often starts with a contact change.</source>
        <translation>お客様の{fields}が過去{days}日以内に変更されています。不正は連絡先の変更から始まることが多くあります。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="229"/>
        <source>The customer&apos;s authenticator was unlocked, revoked or re-enrolled in the last {days} days.</source>
        <translation>過去{days}日以内に認証アプリのロック解除・失効・再登録がありました。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="278"/>
        <source>{count} strong identity documents that passed every check, one of them a photo ID (two non-photo documents of different kinds count as one)</source>
        <translation>すべての確認項目に合格した有力な本人確認書類 {count}点（うち1点は顔写真付き。顔写真のない書類は種類の異なる2点で1点と数えます）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="282"/>
        <source>{count} strong identity documents that passed every check (two non-photo documents of different kinds count as one)</source>
        <translation>すべての確認項目に合格した有力な本人確認書類 {count}点（顔写真のない書類は種類の異なる2点で1点と数えます）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="226"/>
        <source>The customer&apos;s authenticator is locked after repeated wrong codes.</source>
        <translation>コードの誤りが続いたため、お客様の認証アプリはロックされています。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="218"/>
        <source>Wrong authenticator codes in the last {days} days: {wrong}; verifications made void: {void}.</source>
        <translation>過去{days}日間に認証コードの誤りが{wrong}回、無効になった本人確認が{void}件ありました。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="221"/>
        <source>Wrong authenticator codes in the last {days} days: {wrong}.</source>
        <translation>過去{days}日間に認証コードの誤りが{wrong}回ありました。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="233"/>
        <source>The account holder name is only a close match to the registered name.</source>
        <translation>口座名義が登録名義と近似一致にとどまります。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="236"/>
        <source>The new account is named in another customer&apos;s change request.</source>
        <translation>新しい口座が別のお客様の変更依頼に記載されています。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="239"/>
        <source>The new account was in an earlier request of this customer that was rejected, cancelled or expired.</source>
        <translation>新しい口座は、このお客様の以前の却下・取消・期限切れの依頼に記載されていました。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="242"/>
        <source>Other change requests of this customer in the last {days} days: {count}.</source>
        <translation>過去{days}日間にこのお客様の別の変更依頼が{count}件ありました。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="246"/>
        <source>The customer has no active authenticator, so documents and a call-back to the registered phone are needed.</source>
        <translation>お客様に有効な認証アプリがないため、本人確認書類と登録電話番号へのコールバックが必要です。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="250"/>
        <source>The request came by mail, so documents and a call-back to the registered phone are needed.</source>
        <translation>郵送による依頼のため、本人確認書類と登録電話番号へのコールバックが必要です。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="253"/>
        <source>Nothing unusual was found.</source>
        <translation>特に気になる点はありません。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="264"/>
        <source>a fresh authenticator code from the customer, checked by the agent who opened the request</source>
        <translation>依頼を作成した担当者による、有効な認証コードでの本人確認</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="267"/>
        <source>a call-back to the customer&apos;s registered phone number</source>
        <translation>お客様の登録電話番号へのコールバック</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="270"/>
        <location filename="../../authdesk/gui/kit/texts.py" line="273"/>
        <source>a photo ID that passed every check</source>
        <translation>すべての確認項目に合格した顔写真付き本人確認書類</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="274"/>
        <source>a strong identity document that passed every check (two non-photo documents of different kinds count as one)</source>
        <translation>すべての確認項目に合格した有力な本人確認書類 1点（顔写真のない書類は種類の異なる2点で1点と数えます）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="286"/>
        <source>a proof of the new bank account that passed every check</source>
        <translation>すべての確認項目に合格した新しい口座の確認書類</translation>
    </message>
</context>
<context>
    <name>AgentUnmaskDialog</name>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="99"/>
        <source>Show the full {field}</source>
        <translation>{field}をすべて表示</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="101"/>
        <source>The full {field} is shown only with a reason, and the reason is kept in the audit log with your name. Why do you need it?</source>
        <translation>{field}は理由がある場合にのみすべて表示します。理由はあなたの名前とともに監査ログに記録されます。表示が必要な理由は何ですか。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="103"/>
        <source>e.g. checking the address on the caller&apos;s driver&apos;s licence</source>
        <translation>例: お客様の運転免許証の住所と照合するため</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="104"/>
        <source>Show</source>
        <translation>表示</translation>
    </message>
</context>
<context>
    <name>AgentVerifyPanel</name>
    <message>
        <location filename="../../authdesk/gui/customers/verify.py" line="137"/>
        <source>Verify identity</source>
        <translation>本人確認</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/verify.py" line="139"/>
        <source>Ask the customer to open their authenticator app and read out the 6-digit code shown for AuthDesk. The code is checked as soon as the sixth digit is typed.</source>
        <translation>お客様に認証アプリを開いていただき、AuthDesk の6桁のコードを読み上げていただきます。6桁目を入力するとすぐに確認します。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/verify.py" line="142"/>
        <source>6 digits; full-width digits are fine</source>
        <translation>6桁（全角数字も可）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/verify.py" line="143"/>
        <source>Start a &amp;new verification</source>
        <translation>新しく本人確認を始める(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/verify.py" line="141"/>
        <source>Customer&apos;s c&amp;ode</source>
        <translation>お客様のコード(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/verify.py" line="144"/>
        <source>Chan&amp;ge withdrawal account →</source>
        <translation>出金口座の変更へ(&amp;K) →</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/verify.py" line="145"/>
        <source>&amp;Take the caller now</source>
        <translation>このお客様を受け付ける(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/verify.py" line="203"/>
        <source>The verification is no longer fresh. Ask for a new code before making a change.</source>
        <translation>本人確認の有効時間が過ぎました。変更の前に新しいコードをお尋ねください。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/verify.py" line="207"/>
        <source>Verified · fresh for {left} (until {until})</source>
        <translation>本人確認済み・有効 残り {left}（{until} まで）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/verify.py" line="302"/>
        <source>✓ Verified: the code is correct. You may now go on with the customer&apos;s request.</source>
        <translation>✓ 本人確認済み: コードは正しいです。お客様のご依頼の手続きに進めます。</translation>
    </message>
</context>
<context>
    <name>AlertQueueModel</name>
    <message>
        <location filename="../../authdesk/gui/alerts/model.py" line="24"/>
        <source>Alert</source>
        <translation>アラート</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/model.py" line="24"/>
        <source>About</source>
        <translation>対象</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/model.py" line="24"/>
        <source>Events</source>
        <translation>イベント数</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/model.py" line="24"/>
        <source>Raised</source>
        <translation>発生日時</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/model.py" line="25"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>AlertRules</name>
    <message>
        <location filename="../../authdesk/gui/kit/alertrules.py" line="15"/>
        <source>Many records opened without calls</source>
        <translation>通話のないお客様情報の大量閲覧</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/alertrules.py" line="16"/>
        <source>Unmasked outside a call</source>
        <translation>通話外でのマスク解除</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/alertrules.py" line="17"/>
        <source>Activity outside working hours</source>
        <translation>業務時間外の操作</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/alertrules.py" line="18"/>
        <source>Name search outside a call</source>
        <translation>通話外での氏名検索</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/alertrules.py" line="19"/>
        <source>One new account for several customers</source>
        <translation>複数のお客様に同じ新しい口座</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/alertrules.py" line="20"/>
        <source>Repeated holder-name mismatches</source>
        <translation>口座名義の不一致の繰り返し</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/alertrules.py" line="21"/>
        <source>One approver for most of an agent&apos;s requests</source>
        <translation>受付担当の依頼の大半を同じスーパーバイザーが承認</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/alertrules.py" line="23"/>
        <source>Wrong codes for one customer</source>
        <translation>同じお客様へのコード誤り</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/alertrules.py" line="24"/>
        <source>Wrong codes at one workstation</source>
        <translation>同じ端末でのコード誤り</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/alertrules.py" line="25"/>
        <source>Account change soon after a reset</source>
        <translation>再設定直後の口座変更</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/alertrules.py" line="26"/>
        <source>A customer notice could not be sent</source>
        <translation>お客様への通知が送れませんでした</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="33"/>
        <source>{who} opened or unmasked {records} customer records in {minutes} minutes that none of their calls or verifications explain (the policy allows {threshold}).</source>
        <translation>{who}が{minutes}分間に、通話にも本人確認にも対応しないお客様情報を{records}件表示またはマスク解除しました（ポリシーの上限は{threshold}件です）。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="37"/>
        <source>{who} unmasked a field ({field}) of customer {customer} in a call about another customer.</source>
        <translation>{who}が、別のお客様との通話中に、お客様 {customer} の項目（{field}）をマスク解除しました。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="40"/>
        <source>{who} unmasked a field ({field}) of customer {customer} with no call open.</source>
        <translation>{who}が、通話のないまま、お客様 {customer} の項目（{field}）をマスク解除しました。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="43"/>
        <source>{who} worked at {at} (Japan time), outside the working hours of {start}:00 to {end}:00.</source>
        <translation>{who}が業務時間（{start}:00～{end}:00）外の {at}（日本時間）に操作しました。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="46"/>
        <source>{who} searched customers by name ({query}) with no call open.</source>
        <translation>{who}が、通話のないまま、お客様を氏名（{query}）で検索しました。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="50"/>
        <source>The bank account {account} was named as the new withdrawal account of different customers ({customers}) within {days} days.</source>
        <translation>銀行口座 {account} が、{days}日以内に別々のお客様（{customers}）の新しい出金口座として指定されました。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="54"/>
        <source>{count} requests from {who} in {days} days named an account holder that only nearly matched or did not match the customer (the policy allows {threshold}).</source>
        <translation>{who}の{days}日間の依頼のうち{count}件で、口座名義がお客様の氏名とほぼ一致または不一致でした（ポリシーの上限は{threshold}件です）。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="58"/>
        <source>{who} approved {approved} of the {total} approved requests of {agent} in {days} days ({share}%; the policy&apos;s limit is {threshold}%).</source>
        <translation>{who}が、{agent}の{days}日間の承認済み依頼{total}件のうち{approved}件を承認しました（{share}%、ポリシーの上限は{threshold}%です）。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="63"/>
        <source>{count} wrong codes were entered for {who} within {hours} hours (by {agents}).</source>
        <translation>{who}について、{hours}時間以内に誤ったコードが{count}回入力されました（入力者: {agents}）。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="66"/>
        <source>{count} wrong codes were entered at {who} within {hours} hour, for {customers} customers.</source>
        <translation>{who}で、{hours}時間以内に{customers}名のお客様について誤ったコードが{count}回入力されました。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="70"/>
        <source>A withdrawal-account change was requested for {who} within {days} days of: {changes}.</source>
        <translation>{who}について、次の変更から{days}日以内に出金口座の変更依頼がありました: {changes}。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="73"/>
        <source>The notice {notification} of request {request} to {who} could not be sent; the change waits until the customer has been told.</source>
        <translation>{who}への依頼 {request} の通知 {notification} を送れませんでした。お客様にお知らせするまで変更は保留されます。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="85"/>
        <source>Ask what the records were needed for. Browsing customers&apos; data without a caller may be a leak; escalate if there is no good reason.</source>
        <translation>何のためにお客様情報が必要だったかを確認してください。通話のない閲覧は情報漏えいのおそれがあります。正当な理由がなければエスカレーションしてください。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="88"/>
        <source>Read the reason given in the event. If there was no contact with the customer, ask why the full value was needed.</source>
        <translation>イベントに記録された理由を確認してください。お客様との接触がなかった場合は、全桁の値が必要だった理由を確認してください。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="91"/>
        <source>Confirm the shift (overtime, an agreed call-back). Unplanned work on customer data at night needs an explanation.</source>
        <translation>勤務予定（残業、約束したコールバック）を確認してください。予定外の夜間のお客様情報の操作には説明が必要です。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="94"/>
        <source>Ask who was being looked for and why. Looking people up by name without a caller may be curiosity or gathering data.</source>
        <translation>誰をなぜ探していたかを確認してください。通話のない氏名検索は、興味本位や情報収集のおそれがあります。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="97"/>
        <source>A typical sign of fraud: hold the requests, call each customer back at the registered number, and escalate.</source>
        <translation>典型的な不正の兆候です。依頼を止め、各お客様に登録電話番号へコールバックし、エスカレーションしてください。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="100"/>
        <source>Review the requests and the reasons written for close matches. Trying names until one passes is a warning sign.</source>
        <translation>依頼と、ほぼ一致に記入された理由を確認してください。通るまで名義を試すのは危険な兆候です。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="103"/>
        <source>Spread approvals across supervisors and check the approved requests of this pair with a second person.</source>
        <translation>承認を複数のスーパーバイザーに分散し、この組み合わせで承認された依頼を別の者が確認してください。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="106"/>
        <source>Someone may be guessing codes or relaying a phishing session. Call the customer back at the registered number before any change.</source>
        <translation>コードの推測やフィッシングの中継のおそれがあります。変更の前に、お客様の登録電話番号へコールバックしてください。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="109"/>
        <source>Check who used the workstation and whether codes were being guessed.</source>
        <translation>誰がこの端末を使ったか、コードが推測されていなかったかを確認してください。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="112"/>
        <source>Account takeovers often begin with new contact details or a new authenticator. Confirm by letter to the registered address and a call-back before approving.</source>
        <translation>なりすましは連絡先や認証アプリの変更から始まることがよくあります。承認の前に、登録住所への書面とコールバックで確認してください。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="116"/>
        <source>Check the registered address or e-mail, send the notice again and call the customer. The change must not take effect before.</source>
        <translation>登録住所またはメールアドレスを確認し、通知を再送してお客様にお電話してください。それまで変更を有効にしてはいけません。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="125"/>
        <source>Open</source>
        <translation>未対応</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="126"/>
        <source>Acknowledged</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="127"/>
        <source>Escalated</source>
        <translation>エスカレーション済み</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="136"/>
        <source>staff member {name}</source>
        <translation>職員 {name}</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="138"/>
        <source>customer {number}</source>
        <translation>お客様 {number}</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="140"/>
        <source>workstation {name}</source>
        <translation>端末 {name}</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="142"/>
        <source>bank account {fingerprint}</source>
        <translation>銀行口座 {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="215"/>
        <source>What to do</source>
        <translation>対応</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="216"/>
        <source>Subject</source>
        <translation>対象</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="217"/>
        <source>Raised</source>
        <translation>発生日時</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="218"/>
        <source>Latest event</source>
        <translation>最新のイベント</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="219"/>
        <source>Handled by</source>
        <translation>対応者</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="220"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="221"/>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="222"/>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="223"/>
        <source>Who</source>
        <translation>操作者</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="224"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="225"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="254"/>
        <source>Events behind it ({shown} of {count})</source>
        <translation>根拠のイベント（{count}件中{shown}件）</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="210"/>
        <source>Alerts (newest first)</source>
        <translation>アラート（新しい順）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="211"/>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="212"/>
        <source>No alert is open.</source>
        <translation>未対応のアラートはありません。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="213"/>
        <source>Handling</source>
        <translation>対応</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="214"/>
        <source>N&amp;ote</source>
        <translation>メモ(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="215"/>
        <source>what you found or did (kept in the audit log)</source>
        <translation>確認した内容や行った対応（監査ログに残ります）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="216"/>
        <source>Ac&amp;knowledge</source>
        <translation>確認済みにする(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="217"/>
        <source>Close the alert: it was looked into</source>
        <translation>調査が済んだアラートを閉じます</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="218"/>
        <source>Esc&amp;alate</source>
        <translation>エスカレーション(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="219"/>
        <source>Hand the alert on to compliance; it stays in the queue until acknowledged</source>
        <translation>アラートをコンプライアンス部門に引き継ぎます。確認済みになるまで一覧に残ります</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="312"/>
        <source>This alert is about you, so another supervisor must handle it.</source>
        <translation>このアラートはご自身に関するものです。別のスーパーバイザーが対応してください。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="340"/>
        <source>Write a note first: what you found or did, or why you escalate.</source>
        <translation>先にメモを入力してください（確認した内容、行った対応、またはエスカレーションの理由）。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="378"/>
        <source>✓ Alert #{id} acknowledged.</source>
        <translation>✓ アラート #{id} を確認済みにしました。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="380"/>
        <source>Alert #{id} escalated; it stays in the queue until acknowledged.</source>
        <translation>アラート #{id} をエスカレーションしました。確認済みになるまで一覧に残ります。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="386"/>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
</context>
<context>
    <name>ApproveUnlockDialog</name>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="137"/>
        <source>Approve lifting the lock</source>
        <translation>ロック解除の承認</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="139"/>
        <source>The photo ID and the call-back are recorded. Approving lifts the lock now and a letter tells the customer. Type the 6-digit code from your own authenticator app.</source>
        <translation>顔写真付き本人確認書類とコールバックは記録済みです。承認するとただちにロックが解除され、お客様に書面でお知らせします。ご自身の認証アプリの6桁コードを入力してください。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="141"/>
        <source>Approve unlock</source>
        <translation>ロック解除を承認</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="23"/>
        <source>Installation set up</source>
        <translation>インストールの初期設定</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="24"/>
        <source>Signing key exported</source>
        <translation>署名鍵のエクスポート</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="25"/>
        <source>Signing key imported</source>
        <translation>署名鍵のインポート</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="26"/>
        <source>Signing key replaced</source>
        <translation>署名鍵の交換</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="27"/>
        <source>Policy changed</source>
        <translation>ポリシーの変更</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="28"/>
        <source>Staff member added</source>
        <translation>職員の追加</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="29"/>
        <source>Staff member disabled</source>
        <translation>職員の無効化</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="30"/>
        <source>Staff roles changed</source>
        <translation>職員の役割の変更</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="31"/>
        <source>Staff account unlocked</source>
        <translation>職員アカウントのロック解除</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="32"/>
        <source>Staff authenticator reset</source>
        <translation>職員の認証アプリの再設定</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="33"/>
        <source>Staff password reset</source>
        <translation>職員のパスワードの再設定</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="34"/>
        <source>Staff account locked</source>
        <translation>職員アカウントのロック</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="155"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="35"/>
        <source>Signed in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="36"/>
        <source>Sign-in failed</source>
        <translation>サインインの失敗</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="37"/>
        <source>Signed out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="38"/>
        <source>Screen locked</source>
        <translation>画面のロック</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="39"/>
        <source>Screen unlocked</source>
        <translation>画面のロック解除</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="40"/>
        <source>Screen unlock failed</source>
        <translation>画面のロック解除の失敗</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="41"/>
        <source>Code confirmed for an approval</source>
        <translation>承認のためのコード確認</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="42"/>
        <source>Code for an approval failed</source>
        <translation>承認のためのコード確認の失敗</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="43"/>
        <source>Access refused</source>
        <translation>アクセスの拒否</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="44"/>
        <source>Call taken</source>
        <translation>通話の受付</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="45"/>
        <source>Call closed</source>
        <translation>通話の終了</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="46"/>
        <source>Customer added</source>
        <translation>お客様の追加</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="47"/>
        <source>Customers imported</source>
        <translation>お客様の取り込み</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="48"/>
        <source>Batch of customers imported</source>
        <translation>お客様の取り込み（一括分）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="49"/>
        <source>Customer import refused</source>
        <translation>お客様の取り込みの拒否</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="102"/>
        <source>Alert acknowledged</source>
        <translation>アラートの確認</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="103"/>
        <source>Alert escalated</source>
        <translation>アラートのエスカレーション</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="105"/>
        <source>Letter batch made</source>
        <translation>郵送バッチの作成</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="106"/>
        <source>Letter batch saved for printing</source>
        <translation>郵送バッチの印刷用保存</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="107"/>
        <source>Letter batch marked printed</source>
        <translation>郵送バッチの印刷済み登録</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="108"/>
        <source>Letter batch marked posted</source>
        <translation>郵送バッチの投函済み登録</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="109"/>
        <source>Firm name or phone changed</source>
        <translation>会社情報の変更</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="111"/>
        <source>E-mail attempt failed (will retry)</source>
        <translation>メール送信の失敗（再試行予定）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="113"/>
        <source>Notice out: cooling-off started</source>
        <translation>通知送付済み・待機期間開始</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="115"/>
        <source>SMTP password stored</source>
        <translation>SMTP パスワードの保存</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="117"/>
        <source>Withdrawal lock placed</source>
        <translation>出金口座ロック設定</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="118"/>
        <source>Withdrawal unlock requested</source>
        <translation>出金口座ロック解除の申出</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="120"/>
        <source>Unlock: photo ID recorded</source>
        <translation>ロック解除：書類確認の記録</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="122"/>
        <source>Unlock: call-back recorded</source>
        <translation>ロック解除：コールバックの記録</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="124"/>
        <source>Withdrawal lock lifted</source>
        <translation>出金口座ロック解除</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="125"/>
        <source>Withdrawal lock refused</source>
        <translation>出金口座ロックの操作拒否</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="126"/>
        <source>Reference looked up</source>
        <translation>お問い合わせ番号の照会</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="128"/>
        <source>Certificate authority created</source>
        <translation>認証局の作成</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="129"/>
        <source>Certificate issued</source>
        <translation>証明書の発行</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="130"/>
        <source>Certificate revoked</source>
        <translation>証明書の失効</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="153"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="50"/>
        <source>Customers searched</source>
        <translation>お客様の検索</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="151"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="51"/>
        <source>Customer viewed</source>
        <translation>お客様情報の表示</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="152"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="52"/>
        <source>Customer data unmasked</source>
        <translation>お客様情報のマスク解除</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="154"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="53"/>
        <source>Customer contact changed</source>
        <translation>お客様の連絡先の変更</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="54"/>
        <source>Withdrawal account changed</source>
        <translation>出金口座の変更</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="55"/>
        <source>Authenticator registered</source>
        <translation>認証アプリの登録</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="57"/>
        <source>Authenticator registration refused</source>
        <translation>認証アプリの登録の拒否</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="58"/>
        <source>Authenticator activated</source>
        <translation>認証アプリの有効化</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="60"/>
        <source>Authenticator activation failed</source>
        <translation>認証アプリの有効化の失敗</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="62"/>
        <source>Authenticator activation refused</source>
        <translation>認証アプリの有効化の拒否</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="64"/>
        <source>Authenticator activation code reused</source>
        <translation>有効化コードの再使用</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="65"/>
        <source>Authenticator locked</source>
        <translation>認証アプリのロック</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="161"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="66"/>
        <source>Authenticator unlocked</source>
        <translation>認証アプリのロック解除</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="67"/>
        <source>Authenticator unlock refused</source>
        <translation>認証アプリのロック解除の拒否</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="160"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="68"/>
        <source>Authenticator revoked</source>
        <translation>認証アプリの取消</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="69"/>
        <source>Code verification started</source>
        <translation>コードによる本人確認の開始</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="70"/>
        <source>Code verification refused</source>
        <translation>コードによる本人確認の拒否</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="72"/>
        <source>Code verification succeeded</source>
        <translation>コードによる本人確認の成功</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="159"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="73"/>
        <source>Code verification failed</source>
        <translation>コードによる本人確認の失敗</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="75"/>
        <source>Code reused in a verification</source>
        <translation>本人確認でのコードの再使用</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="76"/>
        <source>Identity document checked</source>
        <translation>本人確認書類の確認</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="156"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="77"/>
        <source>Change request created</source>
        <translation>変更依頼の作成</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="157"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="78"/>
        <source>Change request refused</source>
        <translation>変更依頼の拒否</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="79"/>
        <source>Call-back recorded</source>
        <translation>コールバックの記録</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="80"/>
        <source>Change request submitted</source>
        <translation>変更依頼の提出</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="81"/>
        <source>Change request viewed</source>
        <translation>変更依頼の表示</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="158"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="82"/>
        <source>Change request approved</source>
        <translation>変更依頼の承認</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="83"/>
        <source>Change request rejected</source>
        <translation>変更依頼の却下</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="84"/>
        <source>Change request cancelled</source>
        <translation>変更依頼の取消</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="85"/>
        <source>Change request expired</source>
        <translation>変更依頼の期限切れ</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="86"/>
        <source>Change took effect</source>
        <translation>変更の反映</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="87"/>
        <source>Notice sent</source>
        <translation>通知の送付</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="162"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="88"/>
        <source>Notice failed</source>
        <translation>通知の失敗</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="89"/>
        <source>Audit log signed (checkpoint)</source>
        <translation>監査ログの署名</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="90"/>
        <source>Audit log verified</source>
        <translation>監査ログの検証</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="91"/>
        <source>Audit log exported</source>
        <translation>監査ログのエクスポート</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="92"/>
        <source>Audit export verified</source>
        <translation>監査ログのエクスポートの検証</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="93"/>
        <source>Audit log searched</source>
        <translation>監査ログの検索</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="94"/>
        <source>Audit witness check failed</source>
        <translation>外部控えへの記録の失敗</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="95"/>
        <source>Upgrade baseline recorded</source>
        <translation>移行時の基準状態の記録</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="101"/>
        <source>Alert raised</source>
        <translation>アラート発生</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="97"/>
        <source>Look-back report exported</source>
        <translation>ルックバック報告を出力</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="99"/>
        <source>Evidence pack written</source>
        <translation>証跡パックの出力</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="171"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="138"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="139"/>
        <source>Typed</source>
        <translation>入力内容</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="173"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="140"/>
        <source>Search</source>
        <translation>検索語</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="174"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="141"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="175"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="142"/>
        <source>Results</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="186"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="143"/>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="172"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="144"/>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="145"/>
        <source>Events</source>
        <translation>イベント数</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="146"/>
        <source>Last event</source>
        <translation>最終イベント</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="147"/>
        <source>Checkpoints</source>
        <translation>チェックポイント数</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="148"/>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="176"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="149"/>
        <source>Customer</source>
        <translation>お客様</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="177"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="150"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="206"/>
        <source>Request</source>
        <translation>依頼</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="151"/>
        <source>Attempts</source>
        <translation>試行回数</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="152"/>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="183"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="153"/>
        <source>Authenticator</source>
        <translation>認証アプリ</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="154"/>
        <source>Key id</source>
        <translation>鍵ID</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="155"/>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="156"/>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="157"/>
        <source>From</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="158"/>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="159"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="160"/>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="161"/>
        <source>Notices</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="162"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="163"/>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="164"/>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="165"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="166"/>
        <source>Days</source>
        <translation>日数</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="194"/>
        <source>Alert rule</source>
        <translation>アラートの規則</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="195"/>
        <source>Alert</source>
        <translation>アラート</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="196"/>
        <source>Raised by event</source>
        <translation>発生元のイベント</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="197"/>
        <source>Figures</source>
        <translation>数値</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="198"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="199"/>
        <source>Subject</source>
        <translation>対象</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="201"/>
        <source>Letter batch</source>
        <translation>郵送バッチ</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="202"/>
        <source>Letters</source>
        <translation>書面</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="203"/>
        <source>Changed</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="205"/>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="207"/>
        <source>Attempt</source>
        <translation>試行回数</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="208"/>
        <source>Next attempt</source>
        <translation>次回試行</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="209"/>
        <source>To the previous contact</source>
        <translation>変更前の連絡先宛て</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="210"/>
        <source>Notice went out</source>
        <translation>通知の送付日時</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="211"/>
        <source>Takes effect</source>
        <translation>反映日時</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="213"/>
        <source>Withdrawal lock</source>
        <translation>出金口座ロック</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="214"/>
        <source>By</source>
        <translation>実施者</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="215"/>
        <source>Open requests</source>
        <translation>未完了の依頼</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="216"/>
        <source>Unlock requested</source>
        <translation>解除の申出</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="185"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="167"/>
        <source>Consecutive failures</source>
        <translation>連続失敗回数</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="180"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="168"/>
        <source>Channel</source>
        <translation>経路</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="179"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="169"/>
        <source>Call</source>
        <translation>通話</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="178"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="170"/>
        <source>Account</source>
        <translation>口座</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="182"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="171"/>
        <source>Verification</source>
        <translation>本人確認</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="172"/>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="173"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="174"/>
        <source>Roles</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="181"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="175"/>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="176"/>
        <source>Requests</source>
        <translation>依頼</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="177"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="178"/>
        <source>Failures</source>
        <translation>失敗回数</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="179"/>
        <source>Employee number</source>
        <translation>社員番号</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="180"/>
        <source>Checkpoint</source>
        <translation>チェックポイント</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="181"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="182"/>
        <source>Account number</source>
        <translation>口座番号</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="184"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="183"/>
        <source>Wrong codes</source>
        <translation>誤ったコードの回数</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="184"/>
        <source>Workstation</source>
        <translation>端末</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="185"/>
        <source>Last hash</source>
        <translation>最終ハッシュ</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="186"/>
        <source>Public key</source>
        <translation>公開鍵</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="188"/>
        <source>Reference</source>
        <translation>お問い合わせ番号</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="189"/>
        <source>Segment from</source>
        <translation>区間の開始</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="190"/>
        <source>File SHA-256</source>
        <translation>ファイルのSHA-256</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="191"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="192"/>
        <source>PDF SHA-256</source>
        <translation>PDFのSHA-256</translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="306"/>
        <source>&amp;From</source>
        <translation>開始(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="309"/>
        <source>C&amp;ustomer no.</source>
        <translation>顧客番号(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="307"/>
        <source>T&amp;o</source>
        <translation>終了(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="308"/>
        <source>S&amp;taff</source>
        <translation>職員(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="310"/>
        <source>&amp;Action</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="311"/>
        <source>Outco&amp;me</source>
        <translation>結果(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="312"/>
        <source>username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="313"/>
        <source>for example C0001</source>
        <translation>例: C0001</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="314"/>
        <source>any (e.g. request)</source>
        <translation>すべて（例: request）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="315"/>
        <source>any</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="320"/>
        <source>A&amp;pply</source>
        <translation>絞り込む(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="321"/>
        <source>Cl&amp;ear</source>
        <translation>クリア(&amp;E)</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="458"/>
        <source>&amp;Verify integrity</source>
        <translation>改ざん検証(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="459"/>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="460"/>
        <source>Evidence pac&amp;k…</source>
        <translation>証跡パック(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="462"/>
        <source>Cancel</source>
        <translation>中止</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="473"/>
        <source>Reading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="475"/>
        <source>Counting…</source>
        <translation>件数を数えています…</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="477"/>
        <source>Events: {count}</source>
        <translation>{count} 件</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="481"/>
        <source>&amp;Refresh ({count} new)</source>
        <translation>最新に更新(&amp;R)（新着 {count} 件）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="482"/>
        <source>&amp;Refresh</source>
        <translation>最新に更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="655"/>
        <source>Verifying</source>
        <translation>検証中</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="667"/>
        <source>Verification cancelled; nothing was concluded.</source>
        <translation>検証を中止しました。結果は出ていません。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="679"/>
        <source>Events and checkpoints intact ({events} events up to #{head}), but the rollback check could not run.</source>
        <translation>イベントとチェックポイントに改ざんはありません（#{head} までの {events} 件）。ただし、巻き戻しの確認はできませんでした。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="688"/>
        <source>Integrity verified: {events} events up to #{head}, {checkpoints} signed checkpoints, all intact.</source>
        <translation>改ざんはありません: #{head} までの {events} 件のイベントと {checkpoints} 件の署名付きチェックポイントを確認しました。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="699"/>
        <source>INTEGRITY CHECK FAILED. First bad event: #{seq} — {what}. &lt;a href=&quot;seq:{raw}&quot;&gt;Show event #{seq}&lt;/a&gt;</source>
        <translation>改ざん検証で異常を検出しました。最初の異常: #{seq} — {what}。&lt;a href=&quot;seq:{raw}&quot;&gt;イベント #{seq} を表示&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="710"/>
        <source>TABLES DISAGREE WITH THE AUDIT LOG: {count} row(s) have no event behind their state. First: {first}.</source>
        <translation>テーブルが監査ログと一致しません：{count} 行の状態に裏付けとなるイベントがありません。最初の行：{first}。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="714"/>
        <source>&lt;a href=&quot;seq:{raw}&quot;&gt;Show event #{seq}&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;seq:{raw}&quot;&gt;イベント #{seq} を表示&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="720"/>
        <source>… and {count} more (authdesk-admin audit verify --json lists them all)</source>
        <translation>…ほか {count} 行（authdesk-admin audit verify --json ですべて表示できます）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="727"/>
        <source>JSON Lines with manifest (*.jsonl)</source>
        <translation>JSON Lines（マニフェスト付き）(*.jsonl)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="728"/>
        <source>CSV with manifest (*.csv)</source>
        <translation>CSV（マニフェスト付き）(*.csv)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="730"/>
        <source>Export the filtered audit log</source>
        <translation>絞り込んだ監査ログのエクスポート</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="744"/>
        <source>Exporting</source>
        <translation>エクスポート中</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="766"/>
        <source>Exported {count} events (#{first}–#{last}) to {file}, with its manifest {manifest}.</source>
        <translation>{count} 件のイベント（#{first}〜#{last}）を {file} に書き出しました。マニフェスト: {manifest}</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../authdesk/gui/audit/model.py" line="242"/>
        <source>#</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/model.py" line="242"/>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/model.py" line="242"/>
        <source>Time ({zone})</source>
        <translation>日時（{zone}）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/model.py" line="243"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/model.py" line="244"/>
        <source>Workstation</source>
        <translation>端末</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/model.py" line="244"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/model.py" line="244"/>
        <source>Subject</source>
        <translation>対象</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/model.py" line="245"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>AuthDeskError</name>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="4"/>
        <source>A bank code has exactly 4 digits. Please check the code with the customer.</source>
        <translation>金融機関コードは 4 桁です。お客様にコードをご確認ください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="5"/>
        <source>A branch code has exactly 3 digits. Please check the code with the customer.</source>
        <translation>支店コードは 3 桁です。お客様にコードをご確認ください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="6"/>
        <source>A code has exactly 6 digits. Please ask the customer to read it again.</source>
        <translation>コードは 6 桁です。お客様にもう一度読み上げていただいてください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="7"/>
        <source>A different supervisor must approve lifting the lock (four eyes): {reason}.</source>
        <translation>ロック解除は別のスーパーバイザーが承認する必要があります（二者承認）：{reason}。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="8"/>
        <source>A different supervisor must approve this request (four eyes): {reason}.</source>
        <translation>この依頼は別のスーパーバイザーが承認する必要があります（二者承認）: {reason}。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="9"/>
        <source>A key-file passphrase needs at least {length} characters.</source>
        <translation>鍵ファイルのパスフレーズは {length} 文字以上にしてください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="10"/>
        <source>A password needs at least {length} characters.</source>
        <translation>パスワードは {length} 文字以上にしてください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="11"/>
        <source>A stored secret could not be decrypted; it may have been altered.</source>
        <translation>保存されている秘密情報を復号できません。改ざんされている可能性があります。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="12"/>
        <source>An account number has exactly 7 digits. Please ask the customer to read the whole number again; do not add or drop zeros.</source>
        <translation>口座番号は 7 桁です。番号全体をもう一度読み上げていただいてください。0 を足したり省いたりしないでください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="13"/>
        <source>An administrator already exists; sign in as that administrator to add staff.</source>
        <translation>管理者はすでに登録されています。職員を追加するには、その管理者でサインインしてください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="14"/>
        <source>An audit event after event {seq} cannot be read. Run an integrity check (authdesk-admin audit verify) to find the damage.</source>
        <translation>イベント {seq} より後の監査イベントが読み取れません。改ざん検証（authdesk-admin audit verify）を実行して異常箇所を確認してください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="15"/>
        <source>AuthDesk does not start as database role {role}, because that role can {what}; connect as the application role that &apos;authdesk-admin init --owner-url URL --app-role NAME&apos; sets up (see docs/deployment-database.md).</source>
        <translation>データベースのロール {role} は {what} ことができるため、AuthDesk はこのロールでは起動しません。&apos;authdesk-admin init --owner-url URL --app-role NAME&apos; で作成するアプリケーション用ロールで接続してください（docs/deployment-database.md を参照）。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="16"/>
        <source>Bank code {code} is not in the Zengin bank list. Please check the code with the customer.</source>
        <translation>金融機関コード {code} は全銀の金融機関一覧にありません。お客様にコードをご確認ください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="17"/>
        <source>Batch {batch} has not been marked printed yet, so it cannot be marked posted. Print it and mark it printed first.</source>
        <translation>郵送バッチ {batch} はまだ印刷済みになっていないため、投函済みにできません。先に印刷して印刷済みにしてください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="18"/>
        <source>Batch {batch} was already marked posted on {when}; nothing was changed.</source>
        <translation>郵送バッチ {batch} は {when} に投函済みになっています。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="19"/>
        <source>Batch {batch} was already marked printed on {when}; nothing was changed.</source>
        <translation>郵送バッチ {batch} は {when} に印刷済みになっています。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="20"/>
        <source>Branch code {branch_code} does not exist at {bank_name} (bank code {bank_code}) in the Zengin bank list. Please check the branch with the customer.</source>
        <translation>支店コード {branch_code} は全銀の一覧で {bank_name}（金融機関コード {bank_code}）に存在しません。お客様に支店をご確認ください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="21"/>
        <source>Changes of this customer&apos;s withdrawal account are already locked (since {since}).</source>
        <translation>このお客様の出金口座の変更は既にロックされています（{since}から）。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="22"/>
        <source>Changes of this customer&apos;s withdrawal account are not locked; there is nothing to lift.</source>
        <translation>このお客様の出金口座の変更はロックされていないため、解除するものはありません。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="23"/>
        <source>Choose how the call ended from the list.</source>
        <translation>通話の結果を一覧から選んでください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="24"/>
        <source>Customer number {number} is already registered.</source>
        <translation>顧客番号 {number} はすでに登録されています。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="25"/>
        <source>Employee number {employee_no} already has an active account ({username}).</source>
        <translation>社員番号 {employee_no} には有効なアカウント（{username}）がすでにあります。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="26"/>
        <source>Enter a fresh code from your own authenticator app to confirm this action.</source>
        <translation>この操作を確定するには、ご自身の認証アプリの新しいコードを入力してください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="27"/>
        <source>Enter the account holder name in katakana, as written on the account.</source>
        <translation>口座名義を、口座に記載のとおりカタカナで入力してください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="28"/>
        <source>Enter the expiry date printed on the {document}.</source>
        <translation>{document}に記載の有効期限を入力してください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="29"/>
        <source>Enter the number printed on the {document}.</source>
        <translation>{document}に記載の番号を入力してください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="30"/>
        <source>Lifting the lock was already requested on {when}. Record its photo ID and call-back; then a supervisor approves it.</source>
        <translation>ロック解除の申出は{when}に記録済みです。顔写真付き本人確認書類とコールバックを記録したうえで、スーパーバイザーが承認します。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="31"/>
        <source>No SMTP server is configured for e-mail notices, so nothing was sent. An administrator sets smtp_host (and smtp_port, smtp_security, smtp_user) in config.toml; see docs/notices.md.</source>
        <translation>メール通知用の SMTP サーバーが設定されていないため、何も送信していません。管理者が config.toml に smtp_host（必要に応じて smtp_port、smtp_security、smtp_user）を設定してください。詳しくは docs/notices.md をご覧ください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="32"/>
        <source>No alert {alert_id} was found.</source>
        <translation>アラート {alert_id} は見つかりません。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="33"/>
        <source>No customer {key} was found. Please check the customer number.</source>
        <translation>顧客番号 {key} のお客様は見つかりません。顧客番号を確認してください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="34"/>
        <source>No letter or e-mail has reference {reference}. Please ask the customer to read it again from the letter or e-mail.</source>
        <translation>お問い合わせ番号 {reference} の書面・メールはありません。お客様に書面またはメールからもう一度読み上げていただいてください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="35"/>
        <source>No secure credential store (OS keyring) is available on this workstation ({backend}). AuthDesk keeps its keys only there. On Windows and macOS it is built in; on Linux start a Secret Service such as GNOME Keyring or KWallet, then try again.</source>
        <translation>この端末では安全な資格情報ストア（OS のキーリング）が使えません（{backend}）。AuthDesk は鍵をそこにしか保管しません。Windows と macOS では標準で使えます。Linux では GNOME Keyring や KWallet などの Secret Service を起動してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="36"/>
        <source>No valid {kind} certificate named {name} was found; nothing was revoked.</source>
        <translation>{name} という名前の有効な {kind} 証明書は見つかりませんでした。何も失効させていません。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="37"/>
        <source>No {what} was found for {key}.</source>
        <translation>{key} に該当する{what}が見つかりません。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="38"/>
        <source>Nothing was recorded: {count} table row(s) differ from the events behind them ({rows}). That is for an investigation (authdesk-admin audit verify), not for a baseline.</source>
        <translation>何も記録していません。{count} 件のテーブル行が、その裏付けとなるイベントと食い違っています（{rows}）。これはベースラインで上書きするものではなく、調査すべき事象です（authdesk-admin audit verify）。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="39"/>
        <source>Notice {reference} is not about a change of the withdrawal account, so there is no change to cancel with it.</source>
        <translation>お知らせ {reference} は出金口座の変更に関するものではないため、取り消せる変更はありません。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="40"/>
        <source>Only {requester}, who opened request {request}, can add to it or submit it.</source>
        <translation>依頼 {request} に追記・提出できるのは、依頼を起票した {requester} だけです。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="41"/>
        <source>Record the &apos;{check}&apos; check for the {document} before saving.</source>
        <translation>保存する前に、{document}の「{check}」の確認結果を記録してください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="42"/>
        <source>Reference {reference} does not add up (its last digit is a check digit). Please ask the customer to read it again, one character at a time.</source>
        <translation>お問い合わせ番号 {reference} は正しくありません（最後の数字はチェック用の数字です）。お客様に1文字ずつもう一度読み上げていただいてください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="43"/>
        <source>Reference {reference} is not about this customer, so nothing can be done with it on this call. Check that the right customer&apos;s record is open.</source>
        <translation>お問い合わせ番号 {reference} はこのお客様のものではないため、この通話では扱えません。正しいお客様の情報を開いているか確認してください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="44"/>
        <source>Request {request} is {status}, so it cannot be {action} now.</source>
        <translation>依頼 {request} は「{status}」のため、今は{action}できません。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="45"/>
        <source>Staff accounts exist already, so a first administrator cannot be created here. An active administrator adds or re-enables administrators.</source>
        <translation>職員アカウントがすでにあるため、ここで最初の管理者は作成できません。管理者の追加や再有効化は、有効な管理者が行います。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="46"/>
        <source>That code is not correct. Enter the current code from your own authenticator app. {attempts_left} attempts left before this session ends.</source>
        <translation>コードが正しくありません。ご自身の認証アプリに今表示されているコードを入力してください。あと {attempts_left} 回誤るとこのセッションは終了します。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="47"/>
        <source>That code is not correct. Please ask the customer to read the code currently shown in the app. {attempts_left} attempts left.</source>
        <translation>コードが正しくありません。お客様に、アプリに今表示されているコードを読み上げていただいてください。残り {attempts_left} 回です。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="48"/>
        <source>The AuthDesk server cannot be reached ({reason}). Nothing was done. Check the network, then try again; if it persists, tell IT.</source>
        <translation>AuthDesk サーバーに接続できません（{reason}）。何も行っていません。ネットワークを確認してからもう一度お試しください。続く場合は IT 担当に連絡してください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="49"/>
        <source>The AuthDesk server did not answer in time, and it is not known whether this was done ({reason}). Look at the record before you try again.</source>
        <translation>AuthDesk サーバーから時間内に応答がなく、この操作が行われたかどうか分かりません（{reason}）。もう一度行う前に記録を確認してください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="50"/>
        <source>The AuthDesk server is still working on this action (or was cut off while doing it). Look at the record before you do it again.</source>
        <translation>AuthDesk サーバーはこの操作をまだ処理中です（または処理中に中断されました）。もう一度行う前に記録を確認してください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="51"/>
        <source>The AuthDesk server refused the request: {reason}.</source>
        <translation>AuthDesk サーバーが要求を拒否しました: {reason}。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="52"/>
        <source>The AuthDesk server refused this workstation&apos;s certificate ({reason}). Ask IT to enrol the workstation again.</source>
        <translation>AuthDesk サーバーがこの端末の証明書を拒否しました（{reason}）。IT 担当に端末の再登録を依頼してください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="53"/>
        <source>The SMTP password for {user} is not in this machine&apos;s credential store, so nothing was sent. An administrator stores it with &apos;authdesk-admin outbox smtp-password&apos;.</source>
        <translation>{user} の SMTP パスワードがこの端末の資格情報ストアにないため、何も送信していません。管理者が「authdesk-admin outbox smtp-password」で保存してください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="54"/>
        <source>The account holder name contains &apos;{character}&apos;, which bank transfers cannot carry. Please ask the customer how the name is written in katakana on the account.</source>
        <translation>口座名義に振込で使えない文字「{character}」が含まれています。口座のカタカナ名義の表記をお客様にご確認ください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="55"/>
        <source>The account holder name does not match the name registered for this customer, so this account cannot be used. The new account must be in the customer&apos;s own name.</source>
        <translation>口座名義が登録されているお客様の氏名と一致しないため、この口座は使えません。新しい口座はお客様ご本人の名義である必要があります。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="56"/>
        <source>The account holder name is close to, but not the same as, the registered name. Write down why they differ (for example, how the bank spells the name) before going on.</source>
        <translation>口座名義は登録氏名に近いものの一致しません。先に進む前に、違いの理由（例: 銀行での表記の違い）を記録してください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="57"/>
        <source>The account type must be ordinary (普通), current (当座) or savings (貯蓄).</source>
        <translation>預金種目は普通・当座・貯蓄のいずれかにしてください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="58"/>
        <source>The action was refused.</source>
        <translation>この操作は受け付けられませんでした。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="59"/>
        <source>The activation code for this authenticator expired on {expired_on}. A supervisor must re-enroll the customer so that a new letter is sent.</source>
        <translation>この認証アプリの有効化コードは {expired_on} に期限切れになりました。スーパーバイザーが再登録を行い、新しい通知書を送付する必要があります。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="60"/>
        <source>The application&apos;s database role was not set up: {reason}.</source>
        <translation>アプリケーション用のデータベースロールを作成できませんでした（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="61"/>
        <source>The audit signing key of this database was replaced (key {key_id}), and this workstation still holds the old one, so nothing was saved. Ask an administrator for a new key file (authdesk-admin keys export, then keys import here).</source>
        <translation>このデータベースの監査署名鍵は新しい鍵（鍵 ID {key_id}）に切り替えられましたが、この端末には古い鍵しかないため、何も保存していません。管理者に新しい鍵ファイルを依頼してください（authdesk-admin keys export で書き出し、この端末で keys import）。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="62"/>
        <source>The certificate authority&apos;s key is not in this machine&apos;s credential store; issue certificates on the machine where &apos;authdesk-admin ca init&apos; was run.</source>
        <translation>認証局の鍵がこのコンピューターの資格情報ストアにありません。証明書は &apos;authdesk-admin ca init&apos; を実行したコンピューターで発行してください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="63"/>
        <source>The change {reference} took effect on {when}, so it can no longer be cancelled. If the customer did not ask for it, pass the call to a supervisor now.</source>
        <translation>変更 {reference} は{when}に反映済みのため、取り消すことはできません。お客様に覚えがない場合は、ただちにスーパーバイザーへ引き継いでください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="64"/>
        <source>The configuration file {path} cannot be used: {reason}. Fix or remove it.</source>
        <translation>設定ファイル {path} を使用できません: {reason}。修正するか削除してください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="65"/>
        <source>The configuration names a shared database ({url}). Workstations never connect to it directly: set server_url to the AuthDesk server&apos;s address instead (or AUTHDESK_SERVER_URL), and remove database_url.</source>
        <translation>設定に共有データベース（{url}）が指定されています。端末から共有データベースに直接接続することはありません。代わりに server_url（または AUTHDESK_SERVER_URL）に AuthDesk サーバーのアドレスを設定し、database_url を削除してください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="66"/>
        <source>The current call is still open. Wrap it up with a note and an outcome before taking the next caller.</source>
        <translation>現在の通話がまだ終わっていません。結果とメモを記録して後処理をしてから、次のお客様を受け付けてください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="67"/>
        <source>The customer file cannot be imported: {reason}.</source>
        <translation>顧客ファイルを取り込めません: {reason}。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="68"/>
        <source>The customer has not asked to lift the lock. Record their request on a call (Request unlock…) before recording its evidence or approving it.</source>
        <translation>お客様からロック解除の申出がありません。確認事項の記録や承認の前に、通話の中で申出を記録してください（ロック解除の申出…）。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="69"/>
        <source>The customer import was cancelled; no customer was written.</source>
        <translation>お客様の取り込みを中止しました。お客様は一件も登録されていません。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="70"/>
        <source>The customer locked changes of their withdrawal account on {since}, so no change can be opened or approved. Lifting the lock needs the customer&apos;s request, a photo ID, a call-back to the registered phone number and a supervisor&apos;s approval.</source>
        <translation>お客様は{since}に出金口座の変更をロックされたため、変更依頼の起票も承認もできません。ロックの解除には、お客様からの申出、顔写真付き本人確認書類、登録電話番号へのコールバック、スーパーバイザーの承認が必要です。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="71"/>
        <source>The customer&apos;s authenticator is locked after too many wrong codes; a supervisor must unlock it after document checks and a call-back.</source>
        <translation>誤ったコードが続いたため、お客様の認証アプリはロックされています。書類確認とコールバックの後、スーパーバイザーがロックを解除する必要があります。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="72"/>
        <source>The customer&apos;s authenticator is not locked (it is {state}).</source>
        <translation>お客様の認証アプリはロックされていません（状態: {state}）。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="73"/>
        <source>The customer&apos;s authenticator is not waiting for activation (it is {state}).</source>
        <translation>お客様の認証アプリは有効化待ちではありません（状態: {state}）。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="74"/>
        <source>The database cannot be reached ({reason}). Check the network and the database address, then try again.</source>
        <translation>データベースに接続できません（{reason}）。ネットワークとデータベースのアドレスを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="75"/>
        <source>The database has not been set up yet. Run &apos;authdesk-admin init&apos; first.</source>
        <translation>データベースがまだ準備されていません。先に &apos;authdesk-admin init&apos; を実行してください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="77"/>
        <source>The e-mail text contains a link or an address ({what}). AuthDesk never sends links by e-mail, so this notice was not sent.</source>
        <translation>メールの本文にリンクまたはアドレス（{what}）が含まれています。AuthDesk はメールでリンクを送らないため、この通知は送信していません。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="78"/>
        <source>The export file {path} could not be written: {reason}.</source>
        <translation>エクスポートファイル {path} を書き込めませんでした: {reason}。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="79"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>エクスポートを中止しました。ファイルは作成されていません。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="80"/>
        <source>The firm&apos;s name and phone number are not set, so no letter can be printed. An administrator sets them on the Policies page or with &apos;authdesk-admin firm set&apos;.</source>
        <translation>会社名と電話番号が設定されていないため、書面を印刷できません。管理者が「ポリシー」画面または authdesk-admin firm set で設定してください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="81"/>
        <source>The firm&apos;s sender address for e-mail notices is not set, so nothing was sent. An administrator sets it on the Policies page or with &apos;authdesk-admin firm set --sender&apos;.</source>
        <translation>電子メール通知の差出人アドレスが設定されていないため、何も送信していません。管理者が「ポリシー」画面または authdesk-admin firm set --sender で設定してください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="82"/>
        <source>The keys for this database are not in this workstation&apos;s credential store. Ask an administrator to import them (authdesk-admin keys import).</source>
        <translation>このデータベースの鍵が、この端末の資格情報ストアにありません。管理者に鍵の取り込み（authdesk-admin keys import）を依頼してください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="83"/>
        <source>The keys in this workstation&apos;s credential store do not belong to this database (key check failed). Nothing was read or written. Ask an administrator.</source>
        <translation>この端末の資格情報ストアにある鍵は、このデータベースのものではありません（鍵の照合に失敗）。読み書きは一切行っていません。管理者に連絡してください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="84"/>
        <source>The lock cannot be lifted yet: a photo ID of the customer (for example a driver&apos;s licence or My Number card) must be checked and pass every check.</source>
        <translation>まだロックを解除できません。お客様の顔写真付き本人確認書類（運転免許証、マイナンバーカードなど）を確認し、すべての確認項目を満たす必要があります。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="85"/>
        <source>The lock cannot be lifted yet: call the customer back on the registered phone number and record what they said.</source>
        <translation>まだロックを解除できません。登録電話番号へコールバックし、お客様のお話を記録してください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="86"/>
        <source>The passphrase does not open this key file. Nothing was imported.</source>
        <translation>このパスフレーズでは鍵ファイルを開けません。何も取り込んでいません。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="87"/>
        <source>The passport&apos;s machine-readable line is not valid ({check}). Please read the second line at the bottom of the photo page again, or check the passport itself.</source>
        <translation>パスポートの機械読取部分が正しくありません（{check}）。顔写真ページ下部の 2 行目をもう一度読み取るか、パスポートそのものを確認してください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="88"/>
        <source>The period {start} to {end} cannot be reported: {reason}. Give a first date on or before the last date, at most {days} days apart.</source>
        <translation>{start}～{end}の期間は報告できません（{reason}）。開始日は終了日以前とし、期間は{days}日以内にしてください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="89"/>
        <source>The registered address changed within the last {days} days, so an activation letter cannot be posted to it: whoever changed the address could receive it. Enrol the customer in branch instead, after checking a photo ID.</source>
        <translation>登録住所が過去 {days} 日以内に変更されているため、有効化通知書をその住所へ郵送できません。住所を変更した人が受け取るおそれがあるためです。顔写真付き本人確認書類を確認したうえで、店頭で登録してください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="90"/>
        <source>The request cannot go to a supervisor yet. Still needed: {what}.</source>
        <translation>この依頼はまだ承認に回せません。不足しているもの: {what}。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="91"/>
        <source>The session has ended. Please sign in again.</source>
        <translation>セッションが終了しました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="92"/>
        <source>The session locked after {minutes} idle minutes, so this was not done. Unlock it with your password and code, then do it again.</source>
        <translation>{minutes} 分間操作がなかったためセッションがロックされ、この操作は行われていません。パスワードとコードでロックを解除してから、もう一度行ってください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="93"/>
        <source>The username {username} is taken.</source>
        <translation>ユーザー名 {username} はすでに使われています。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="94"/>
        <source>The username, password or code is not correct. {attempts_left} attempts left.</source>
        <translation>ユーザー名、パスワード、コードのいずれかが正しくありません。残り {attempts_left} 回です。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="95"/>
        <source>The witness directory already holds a different checkpoint at event {seq} ({path}). The database may have been rolled back and regrown; run an integrity check (authdesk-admin audit verify).</source>
        <translation>証跡ディレクトリには、イベント {seq} の別のチェックポイントがすでにあります（{path}）。データベースが巻き戻された後に書き足された可能性があります。整合性チェック（authdesk-admin audit verify）を実行してください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="96"/>
        <source>The witness directory {path} could not be written ({reason}); checkpoint {seq} is kept in the database only.</source>
        <translation>証跡ディレクトリ {path} に書き込めませんでした（{reason}）。チェックポイント {seq} はデータベースにのみ保存されています。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="97"/>
        <source>The {what} {path} cannot be read: {reason}.</source>
        <translation>{what} {path} を読み込めません（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="98"/>
        <source>There are no letters waiting to be printed for {day}; no batch was made.</source>
        <translation>{day} までに印刷を待っている書面はありません。郵送バッチは作成していません。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="99"/>
        <source>There is no change request {key}.</source>
        <translation>変更依頼 {key} はありません。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="100"/>
        <source>There is no letter batch {key}.</source>
        <translation>郵送バッチ {key} はありません。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="101"/>
        <source>There is no notification {key} in the outbox.</source>
        <translation>送付待ちの通知 {key} はありません。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="102"/>
        <source>There is no open call. Take the caller first (New caller), then do this again.</source>
        <translation>受付中の通話がありません。先にお客様を受け付けて（新規受付）から、もう一度行ってください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="103"/>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>このアカウントは無効です。管理者に連絡してください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="104"/>
        <source>This account is locked after too many failed sign-ins. Try again in {minutes} minutes or ask an administrator to unlock it.</source>
        <translation>サインインの失敗が続いたため、このアカウントはロックされています。{minutes} 分後にもう一度お試しいただくか、管理者にロック解除を依頼してください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="105"/>
        <source>This alert is about your own activity, so another supervisor must handle it (four eyes).</source>
        <translation>このアラートはご自身の操作に関するものです。別のスーパーバイザーが対応してください（二者承認）。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="106"/>
        <source>This alert was already {status}, so nothing was changed.</source>
        <translation>このアラートはすでに {status} のため、何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="107"/>
        <source>This bank account is already registered for customer {number}.</source>
        <translation>この銀行口座は顧客番号 {number} のお客様にすでに登録されています。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="108"/>
        <source>This bank account is registered for another customer, so it cannot become this customer&apos;s withdrawal account. The new account must be in the customer&apos;s own name.</source>
        <translation>この銀行口座は別のお客様に登録されているため、このお客様の出金口座にはできません。新しい口座はお客様ご本人の名義である必要があります。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="109"/>
        <source>This code was already used. Please wait for the next code and read it out.</source>
        <translation>このコードはすでに使用されています。次のコードが表示されるまでお待ちいただき、読み上げていただいてください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="110"/>
        <source>This customer already has an authenticator ({state}). To issue a new one, a supervisor must re-enroll the customer.</source>
        <translation>このお客様にはすでに認証アプリがあります（状態: {state}）。新しく発行するには、スーパーバイザーが再登録を行う必要があります。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="111"/>
        <source>This customer already has change request {request}, {status}. It must take effect, be rejected or be cancelled before another change is opened.</source>
        <translation>このお客様には変更依頼 {request}（{status}）がすでにあります。新しい変更を起票する前に、その依頼が反映・却下・取消のいずれかになる必要があります。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="112"/>
        <source>This customer has already been asked for {limit} codes in the last {period}. Please try again later, or verify the customer with documents and a call-back.</source>
        <translation>このお客様には直近 {period} にすでに {limit} 回コードをお願いしています。時間をおいてから再度お試しいただくか、書類とコールバックで本人確認してください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="113"/>
        <source>This customer has an authenticator app. Verify the caller with a code from it in this call before opening a change request.</source>
        <translation>このお客様は認証アプリをお持ちです。変更依頼を起票する前に、この通話の中でアプリのコードによる本人確認を行ってください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="114"/>
        <source>This customer has an authenticator app. Verify the caller with a code from it in this call first.</source>
        <translation>このお客様は認証アプリをお持ちです。先に、この通話の中でアプリのコードによる本人確認を行ってください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="115"/>
        <source>This customer has no active authenticator app, so a code cannot be checked. Verify the customer with documents and a call-back to the registered phone number instead.</source>
        <translation>このお客様には有効な認証アプリがないため、コードで確認できません。代わりに書類と、登録電話番号へのコールバックで本人確認してください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="116"/>
        <source>This database was written by a newer version of AuthDesk (schema {found}). Install the newer version on this workstation.</source>
        <translation>このデータベースは新しいバージョンの AuthDesk で作成されています（スキーマ {found}）。この端末に新しいバージョンをインストールしてください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="117"/>
        <source>This document check was recorded, but it does not count for lifting the lock: it must be a photo ID that passes every check.</source>
        <translation>この書類確認は記録しましたが、ロック解除の要件を満たしません。すべての確認項目を満たす顔写真付き本人確認書類が必要です。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="118"/>
        <source>This installation has a certificate authority already (since {since}).</source>
        <translation>この環境には認証局がすでにあります（{since} から）。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="119"/>
        <source>This installation has no certificate authority yet. An administrator creates it with &apos;authdesk-admin ca init&apos;.</source>
        <translation>この環境にはまだ認証局がありません。管理者が &apos;authdesk-admin ca init&apos; で作成します。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="121"/>
        <source>This key file holds signing key {found}, but the database now signs with key {expected} (the key was rotated). Nothing was imported; export a new key file.</source>
        <translation>この鍵ファイルの署名鍵は {found} ですが、データベースは現在、鍵 {expected} で署名しています（鍵が切り替えられました）。何も取り込んでいません。新しい鍵ファイルを書き出してください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="123"/>
        <source>This letter is in letter batch {batch}: it is marked sent when the batch is marked posted.</source>
        <translation>この書面は郵送バッチ {batch} に入っています。バッチを投函済みにすると送付済みになります。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="125"/>
        <source>This session was opened on another workstation, so it cannot be used here. Please sign in on this workstation.</source>
        <translation>このセッションは別の端末で開始されたため、ここでは使えません。この端末でサインインしてください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="130"/>
        <source>This version of the desktop app works with its embedded database only. In shared mode (server_url) use authdesk-admin on this workstation, or remove server_url.</source>
        <translation>このバージョンのデスクトップアプリは内蔵データベースでのみ動作します。共有モード（server_url）では、この端末で authdesk-admin を使うか、server_url を削除してください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="134"/>
        <source>Workstation {name} has a valid certificate already (serial {serial}). Revoke it first (&apos;authdesk-admin workstation revoke {name}&apos;), then enrol it again.</source>
        <translation>端末 {name} には有効な証明書がすでにあります（シリアル番号 {serial}）。先に失効させてから（&apos;authdesk-admin workstation revoke {name}&apos;）、もう一度登録してください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="138"/>
        <source>customer number {number} is already registered</source>
        <translation>顧客番号 {number} はすでに登録されています</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="139"/>
        <source>customer number {number} is also on line {line}</source>
        <translation>顧客番号 {number} は {line} 行目にもあります</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="140"/>
        <source>expected {expected} values, found {found}</source>
        <translation>値が {expected} 個のはずが {found} 個あります</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="141"/>
        <source>the bank account is already registered for customer {number}</source>
        <translation>この銀行口座はすでにお客様 {number} の口座として登録されています</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="142"/>
        <source>the bank account is also on line {line}</source>
        <translation>この銀行口座は {line} 行目にもあります</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="143"/>
        <source>{day} has not come yet: letters are printed for today or an earlier day.</source>
        <translation>{day} はまだ来ていません。書面は今日またはそれより前の日の分を印刷します。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="144"/>
        <source>{field}: &apos;{char}&apos; is not kana; write the name in katakana</source>
        <translation>{field}: 「{char}」はカナではありません。カタカナで入力してください</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="146"/>
        <source>{path} could not be written: {reason}.</source>
        <translation>{path} に書き込めませんでした: {reason}。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="147"/>
        <source>{path} exists already; choose another name.</source>
        <translation>{path} はすでに存在します。別の名前を選んでください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="148"/>
        <source>{path} is not an AuthDesk key file ({reason}).</source>
        <translation>{path} は AuthDesk の鍵ファイルではありません（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="76"/>
        <source>The database was not upgraded, and nothing in it was changed: {reason}.</source>
        <translation>データベースは更新されず、中身も変更されていません: {reason}。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="120"/>
        <source>This is already the customer&apos;s withdrawal account, so there is nothing to change.</source>
        <translation>これはすでにお客様の出金口座のため、変更の必要はありません。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="122"/>
        <source>This key file holds the keys of database {found}, not of this database ({expected}). Nothing was imported.</source>
        <translation>この鍵ファイルはデータベース {found} の鍵で、このデータベース（{expected}）のものではありません。何も取り込んでいません。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="124"/>
        <source>This notification is already marked {status}; nothing was changed.</source>
        <translation>この通知はすでに「{status}」になっています。変更はしていません。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="126"/>
        <source>This type of document is not accepted. Accepted are: My Number card, driver&apos;s licence, passport, residence card, health insurance card, proof of bank account.</source>
        <translation>この種類の書類は受け付けられません。受付可能な書類: マイナンバーカード、運転免許証、パスポート、在留カード、健康保険証、口座確認書類。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="127"/>
        <source>This verification has ended after too many wrong codes. Start a new verification if the customer wants to try again.</source>
        <translation>誤ったコードが続いたため、この本人確認は終了しました。お客様が再度希望される場合は、新しく本人確認を始めてください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="128"/>
        <source>This verification is already complete. Start a new one if needed.</source>
        <translation>この本人確認はすでに完了しています。必要であれば新しく始めてください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="129"/>
        <source>This verification was started in an earlier call. Start a new verification for the caller on the line.</source>
        <translation>この本人確認は以前の通話で開始されたものです。いま電話口にいるお客様の本人確認を新しく始めてください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="131"/>
        <source>This workstation&apos;s record of the newest audit checkpoint ({path}) is damaged, so deleting the newest events cannot be ruled out here. Restore the file from a backup, or delete it to start a new record.</source>
        <translation>この端末が記録している最新の監査チェックポイント（{path}）が壊れているため、最新のイベントが削除されていないとは言い切れません。バックアップからファイルを復元するか、ファイルを削除して記録をやり直してください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="132"/>
        <source>Too many wrong confirmation codes were entered, so this session has ended. Please sign in again.</source>
        <translation>確認コードの誤りが続いたため、このセッションは終了しました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="133"/>
        <source>Verification {verification_id} does not exist or was started by someone else. Start a new verification for this customer.</source>
        <translation>本人確認 {verification_id} は存在しないか、別の担当者が開始したものです。このお客様の本人確認を新しく始めてください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="135"/>
        <source>Your account was changed by an administrator (roles, password, authenticator or access), so this session has ended. Please sign in again.</source>
        <translation>管理者があなたのアカウント（役割、パスワード、認証アプリまたは利用の可否）を変更したため、このセッションは終了しました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="136"/>
        <source>Your account was locked after too many wrong passwords or codes, so this session has ended. Try again later or ask an administrator to unlock it.</source>
        <translation>パスワードまたはコードの誤りが続いたためアカウントがロックされ、このセッションは終了しました。時間をおいて再度お試しいただくか、管理者にロックの解除を依頼してください。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="137"/>
        <source>Your role does not allow this: {operation}.</source>
        <translation>あなたの役割ではこの操作はできません: {operation}。</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="145"/>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
</context>
<context>
    <name>AuthDeskParam</name>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="149"/>
        <source>&apos;letter&apos; or &apos;in_branch&apos;</source>
        <translation>「郵送」または「店頭」を指定してください</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="153"/>
        <source>a Japanese phone number has 10 or 11 digits starting with 0</source>
        <translation>日本の電話番号は 0 で始まる 10 桁または 11 桁です</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="154"/>
        <source>a column appears twice in the header</source>
        <translation>見出し行に同じ列が 2 回あります</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="155"/>
        <source>a customer number is C followed by 7 digits, e.g. C0001234</source>
        <translation>顧客番号は C に続く 7 桁の数字です（例: C0001234）</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="156"/>
        <source>a name is needed</source>
        <translation>氏名を入力してください</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="157"/>
        <source>a postal code has 7 digits, e.g. 100-0001</source>
        <translation>郵便番号は 7 桁です（例: 100-0001）</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="159"/>
        <source>address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="164"/>
        <source>an employee number is needed</source>
        <translation>社員番号を入力してください</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="163"/>
        <source>an employee number has no spaces</source>
        <translation>社員番号に空白は使えません</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="191"/>
        <source>it holds a dash other than the hyphen key&apos;s &apos;-&apos;; type &apos;-&apos; instead</source>
        <translation>ハイフン以外のダッシュ記号が入っています。半角の「-」を入力してください</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="192"/>
        <source>it holds an invisible character, often copied along with the number; type the number instead of pasting it</source>
        <translation>目に見えない文字が入っています（コピーした番号に紛れ込むことがあります）。貼り付けずに入力してください</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="256"/>
        <source>use only the letters A-Z, the digits 0-9 and &apos;-&apos;</source>
        <translation>英字 A-Z、数字 0-9 と「-」だけを使ってください</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="162"/>
        <source>an employee number has at most 32 characters</source>
        <translation>社員番号は32文字以内です</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="150"/>
        <source>(no smtp_user configured)</source>
        <translation>（smtp_user が未設定）</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="151"/>
        <source>My Number card</source>
        <translation>マイナンバーカード</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="152"/>
        <source>SMTP password</source>
        <translation>SMTP パスワード</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="158"/>
        <source>a request number starts at 1</source>
        <translation>依頼の番号は1から始まります</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="160"/>
        <source>an SMTP login needs smtp_security starttls or tls: the password never travels in clear</source>
        <translation>SMTP の認証（smtp_user）には smtp_security を starttls または tls にしてください。パスワードを暗号化せずに送ることはできません</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="161"/>
        <source>an e-mail address such as notice@example.co.jp</source>
        <translation>notice@example.co.jp のようなメールアドレスを入力してください</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="165"/>
        <source>at least one role is needed</source>
        <translation>役割を 1 つ以上選んでください</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="166"/>
        <source>birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="167"/>
        <source>call-back</source>
        <translation>コールバック</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="168"/>
        <source>cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="169"/>
        <source>channel</source>
        <translation>受付経路</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="170"/>
        <source>checked by</source>
        <translation>確認者</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="171"/>
        <source>contains a control character</source>
        <translation>制御文字が含まれています</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="172"/>
        <source>customer</source>
        <translation>お客様</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="173"/>
        <source>customer number</source>
        <translation>顧客番号</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="174"/>
        <source>delivery</source>
        <translation>送付方法</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="175"/>
        <source>digits and hyphens, 10 or 11 digits starting with 0, e.g. 0120-000-000</source>
        <translation>数字とハイフンで、0 で始まる 10 桁または 11 桁を入力してください（例: 0120-000-000）</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="176"/>
        <source>driver&apos;s licence</source>
        <translation>運転免許証</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="177"/>
        <source>e-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="178"/>
        <source>employee number</source>
        <translation>社員番号</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="179"/>
        <source>enter a customer number, a name in kana or kanji, or a phone number</source>
        <translation>顧客番号、氏名（カナまたは漢字）、電話番号のいずれかを入力してください</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="180"/>
        <source>expiry date</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="181"/>
        <source>export file</source>
        <translation>エクスポートファイル</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="182"/>
        <source>field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="183"/>
        <source>firm name</source>
        <translation>会社名</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="184"/>
        <source>firm phone</source>
        <translation>会社の電話番号</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="185"/>
        <source>format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="186"/>
        <source>give all five bank fields or none of them</source>
        <translation>口座の 5 項目はすべて入力するか、すべて空にしてください</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="187"/>
        <source>given a call-back</source>
        <translation>コールバックの記録</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="188"/>
        <source>given more documents</source>
        <translation>追加の書類</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="189"/>
        <source>health insurance card</source>
        <translation>健康保険証</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="190"/>
        <source>hosts</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="193"/>
        <source>it is empty</source>
        <translation>空欄です</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="194"/>
        <source>it is not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="195"/>
        <source>it is too long</source>
        <translation>期間が長すぎます</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="196"/>
        <source>it must have 44 characters</source>
        <translation>44 文字である必要があります</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="197"/>
        <source>its check digit does not match: please read it again</source>
        <translation>チェックディジットが一致しません。もう一度お読みください</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="198"/>
        <source>kana name</source>
        <translation>氏名（カナ）</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="199"/>
        <source>manifest</source>
        <translation>マニフェスト</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="200"/>
        <source>name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="201"/>
        <source>name at least one host name or address</source>
        <translation>ホスト名またはアドレスを 1 つ以上指定してください</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="202"/>
        <source>name either server_url or database_url, not both</source>
        <translation>server_url と database_url のどちらか一方だけを指定してください</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="203"/>
        <source>name the documents checked and the call-back made to the registered phone number</source>
        <translation>確認した書類と、登録電話番号へのコールバックを記入してください</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="204"/>
        <source>nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="205"/>
        <source>no record has number 0</source>
        <translation>番号0の記録はありません</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="206"/>
        <source>not an e-mail address</source>
        <translation>メールアドレスの形式ではありません</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="207"/>
        <source>notification kind</source>
        <translation>通知の種類</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="208"/>
        <source>only a signed-in staff member can check documents</source>
        <translation>書類確認はサインインした職員しか行えません</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="209"/>
        <source>only a signed-in staff member can record a call-back</source>
        <translation>コールバックの記録はサインインした職員しか行えません</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="210"/>
        <source>only agent, supervisor, auditor and admin can be given to a person</source>
        <translation>職員に付与できるのは受付担当・スーパーバイザー・監査担当・管理者だけです</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="211"/>
        <source>passport</source>
        <translation>パスポート</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="212"/>
        <source>phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="213"/>
        <source>phone or mail</source>
        <translation>電話または郵送を指定してください</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="214"/>
        <source>phone, mail or branch</source>
        <translation>電話・郵送・店頭のいずれか</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="215"/>
        <source>photo present</source>
        <translation>顔写真の有無</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="216"/>
        <source>postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="217"/>
        <source>proof of bank account</source>
        <translation>口座確認書類</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="218"/>
        <source>queued, sent or failed</source>
        <translation>「送付待ち」「送付済み」「失敗」のいずれかを指定してください</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="219"/>
        <source>reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="220"/>
        <source>reference</source>
        <translation>お問い合わせ番号</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="221"/>
        <source>request</source>
        <translation>依頼</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="222"/>
        <source>residence card</source>
        <translation>在留カード</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="223"/>
        <source>roles</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="224"/>
        <source>say why the authenticator is revoked</source>
        <translation>認証アプリを失効させる理由を記入してください</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="225"/>
        <source>say why the full value is needed</source>
        <translation>全桁の表示が必要な理由を記入してください</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="226"/>
        <source>say why the notification failed</source>
        <translation>通知が失敗した理由を記入してください</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="227"/>
        <source>search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="228"/>
        <source>sender address</source>
        <translation>送信元アドレス</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="229"/>
        <source>server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="230"/>
        <source>sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="231"/>
        <source>smtp_port must be a port number</source>
        <translation>smtp_port にはポート番号を指定してください</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="232"/>
        <source>smtp_security must be starttls, tls or none</source>
        <translation>smtp_security には starttls、tls、none のいずれかを指定してください</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="233"/>
        <source>smtp_security none is accepted only for a relay on this machine (localhost)</source>
        <translation>smtp_security の none は、この端末上の中継サーバー（localhost）にのみ使えます</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="234"/>
        <source>staff member</source>
        <translation>職員</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="235"/>
        <source>status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="236"/>
        <source>the address is missing</source>
        <translation>住所がありません</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="237"/>
        <source>the address is too long or not printable</source>
        <translation>住所が長すぎるか、印字できない文字が含まれています</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="238"/>
        <source>the date is not a possible birth date</source>
        <translation>生年月日としてありえない日付です</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="239"/>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="240"/>
        <source>the file is neither UTF-8 nor Shift_JIS text</source>
        <translation>ファイルが UTF-8 でも Shift_JIS でもありません</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="241"/>
        <source>the kana name is longer than 128 characters</source>
        <translation>氏名（カナ）が 128 文字を超えています</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="242"/>
        <source>the kana name is missing</source>
        <translation>氏名（カナ）がありません</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="243"/>
        <source>the last date is before the first</source>
        <translation>終了日が開始日より前です</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="244"/>
        <source>the name contains a control character</source>
        <translation>氏名に制御文字が含まれています</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="245"/>
        <source>the name is longer than 128 characters</source>
        <translation>氏名が 128 文字を超えています</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="246"/>
        <source>the name is missing</source>
        <translation>氏名がありません</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="247"/>
        <source>the search has no letters or digits</source>
        <translation>検索語に文字も数字も含まれていません</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="248"/>
        <source>there is no such date</source>
        <translation>存在しない日付です</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="249"/>
        <source>there is no such policy</source>
        <translation>そのようなポリシーはありません</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="250"/>
        <source>this cannot be left empty</source>
        <translation>入力が必要です</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="251"/>
        <source>this is a notice&apos;s reference (N…), not a request&apos;s (R…)</source>
        <translation>これは通知のお問い合わせ番号（N…）で、依頼のお問い合わせ番号（R…）ではありません</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="252"/>
        <source>unexpected character</source>
        <translation>使えない文字があります</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="253"/>
        <source>use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>英字、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; を 1～64 文字で使ってください</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="254"/>
        <source>use jsonl or csv</source>
        <translation>jsonl または csv を指定してください</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="255"/>
        <source>use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>英字・数字・「.」「_」「-」だけを使ってください</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="257"/>
        <source>username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="258"/>
        <source>withdrawal account</source>
        <translation>出金口座</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="259"/>
        <source>workstation</source>
        <translation>端末</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="260"/>
        <source>write the date as YYYY-MM-DD</source>
        <translation>日付は YYYY-MM-DD の形で入力してください</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="261"/>
        <source>you checked its photo ID</source>
        <translation>ご自身が本人確認書類を確認したため</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="262"/>
        <source>you made its call-back</source>
        <translation>ご自身がコールバックを行ったため</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="263"/>
        <source>you took the customer&apos;s request to lift it</source>
        <translation>ご自身がお客様の解除の申出を受け付けたため</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="264"/>
        <source>you took the customer&apos;s request under another login</source>
        <translation>ご自身が別のアカウントでお客様の申出を受け付けたため</translation>
    </message>
</context>
<context>
    <name>CallDesk</name>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="210"/>
        <source>&amp;New caller</source>
        <translation>新規受付(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="212"/>
        <source>Take the next caller ({keys}): the screen starts again, unverified</source>
        <translation>次のお客様を受け付けます（{keys}）。画面は本人確認前の状態から始まります</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="215"/>
        <source>New &amp;mail item</source>
        <translation>郵送物の受付(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="217"/>
        <source>Take the next mail item (back office): the screen starts again, unverified</source>
        <translation>次の郵送物を受け付けます（事務センター）。画面は本人確認前の状態から始まります</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="218"/>
        <source>&amp;Wrap up…</source>
        <translation>後処理(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="220"/>
        <source>Close the open call with its outcome and a note ({keys})</source>
        <translation>受付中の通話を、結果とメモを付けて終えます（{keys}）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="227"/>
        <source>No open call · {keys}: New caller</source>
        <translation>受付中の通話なし・{keys}: 新規受付</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="231"/>
        <source>On a mail item since {time}</source>
        <translation>{time} から郵送物を処理中</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="233"/>
        <source>On a call since {time} ({channel})</source>
        <translation>{time} から通話中（{channel}）</translation>
    </message>
</context>
<context>
    <name>CallbackDialog</name>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="75"/>
        <source>Call-back for lifting the lock</source>
        <translation>ロック解除のためのコールバック</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="77"/>
        <source>Call the customer back on the registered phone number ({phone}), never on a number the caller gave. What did the customer confirm?</source>
        <translation>登録電話番号（{phone}）へコールバックしてください。通話相手が伝えた番号には決してかけないでください。お客様は何を確認されましたか。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="79"/>
        <source>e.g. the customer confirmed they asked to lift the lock</source>
        <translation>例：お客様ご本人がロック解除を申し出たことを確認</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="80"/>
        <source>Record the call-back</source>
        <translation>コールバックを記録</translation>
    </message>
</context>
<context>
    <name>CancelByReferenceDialog</name>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="514"/>
        <source>Cancel a change by its reference</source>
        <translation>お問い合わせ番号で変更を取消</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="516"/>
        <source>Ask the customer for the reference printed on the letter or e-mail (for example R0000123-4 or N0000456-8) and look it up. A change can be cancelled until it takes effect, after the caller was verified on this call.</source>
        <translation>書面またはメールに記載のお問い合わせ番号（例：R0000123-4、N0000456-8）をお客様に伺い、照会してください。変更は反映されるまで取り消せます。取消にはこの通話での本人確認が必要です。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="519"/>
        <source>&amp;Reference:</source>
        <translation>お問い合わせ番号(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="521"/>
        <source>R&amp;eason:</source>
        <translation>理由(&amp;E):</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="523"/>
        <source>e.g. the customer did not ask for this change</source>
        <translation>例：お客様に変更の覚えがない</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="524"/>
        <source>&amp;Look up</source>
        <translation>照会(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="525"/>
        <source>&amp;Cancel this change</source>
        <translation>この変更を取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="545"/>
        <source>{reference}: change of withdrawal account, {status}</source>
        <translation>{reference}：出金口座の変更、{status}</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="547"/>
        <source>New account: {bank} {branch} {type} {number} {holder}</source>
        <translation>新しい口座：{bank} {branch} {type} {number} {holder}</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="551"/>
        <source>Opened {when}</source>
        <translation>起票 {when}</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="554"/>
        <source>Takes effect {when}</source>
        <translation>反映予定 {when}</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="556"/>
        <source>Took effect {when}</source>
        <translation>反映済み {when}</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="559"/>
        <source>This change can no longer be cancelled.</source>
        <translation>この変更はもう取り消せません。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="589"/>
        <source>{reference} is cancelled. The old withdrawal account stays in force, and a letter tells the customer.</source>
        <translation>{reference} を取り消しました。これまでの出金口座がそのまま有効です。お客様には書面でお知らせします。</translation>
    </message>
</context>
<context>
    <name>DailyBarChart</name>
    <message>
        <location filename="../../authdesk/gui/review/chart.py" line="95"/>
        <source>total {n}</source>
        <translation>合計 {n}</translation>
    </message>
</context>
<context>
    <name>Damage</name>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="67"/>
        <source>event #{seq} was changed after it was written</source>
        <translation>イベント #{seq} が記録後に書き換えられています</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="68"/>
        <source>events were deleted at #{seq}</source>
        <translation>#{seq} の位置でイベントが削除されています</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="69"/>
        <source>events were inserted at #{seq}</source>
        <translation>#{seq} の位置にイベントが挿入されています</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="70"/>
        <source>events were swapped at #{seq}</source>
        <translation>#{seq} の位置でイベントが入れ替えられています</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="71"/>
        <source>events were reordered at #{seq}</source>
        <translation>#{seq} の位置でイベントの順序が変えられています</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="72"/>
        <source>the newest events were removed after #{seq}</source>
        <translation>#{seq} より後の最新イベントが削除されています</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="73"/>
        <source>the log was rolled back to an earlier state (at #{seq})</source>
        <translation>ログが以前の状態に巻き戻されています（#{seq}）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="75"/>
        <source>the signed checkpoint at #{seq} is not valid</source>
        <translation>#{seq} の署名付きチェックポイントが無効です</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="76"/>
        <source>event #{seq} does not follow the event before it</source>
        <translation>イベント #{seq} が直前のイベントとつながっていません</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="77"/>
        <source>the log up to #{seq} differs from the checkpoint kept in the witness directory</source>
        <translation>#{seq} までのログが、証跡ディレクトリに保管されたチェックポイントと一致しません</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="79"/>
        <source>the witness file for #{seq} is not validly signed by this database&apos;s keys</source>
        <translation>#{seq} の証跡ファイルは、このデータベースの鍵による有効な署名がありません</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="81"/>
        <source>the signed checkpoint recorded at #{seq} was removed</source>
        <translation>#{seq} に記録された署名付きチェックポイントが削除されています</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="83"/>
        <source>a signed checkpoint at #{seq} has no checkpoint event in the log</source>
        <translation>#{seq} の署名付きチェックポイントに対応するチェックポイントのイベントがログにありません</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="85"/>
        <source>events from #{seq} have gone unsigned for longer than the checkpoint interval</source>
        <translation>#{seq} 以降のイベントが、チェックポイントの間隔を超えて署名されていません</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="88"/>
        <source>damage at #{seq}</source>
        <translation>#{seq} に異常があります</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../authdesk/gui/review/dashboard.py" line="31"/>
        <source>(no rule named)</source>
        <translation>（ルール名なし）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/dashboard.py" line="78"/>
        <source>Dashboard: the last 30 days</source>
        <translation>ダッシュボード：過去30日間</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/dashboard.py" line="79"/>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/dashboard.py" line="80"/>
        <source>Point at a day to see its numbers.</source>
        <translation>棒にポインターを合わせると、その日の件数が表示されます。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/dashboard.py" line="103"/>
        <source>Per day in Japan time, {first} to {last}. Counted from the audit log.</source>
        <translation>日本時間の日ごと、{first}～{last}。監査ログから集計しています。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/dashboard.py" line="105"/>
        <source>Day (Japan time)</source>
        <translation>日付（日本時間）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/dashboard.py" line="107"/>
        <source>Change requests and failed verifications</source>
        <translation>変更依頼と本人確認の失敗</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/dashboard.py" line="108"/>
        <source>Number a day</source>
        <translation>1日の件数</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/dashboard.py" line="109"/>
        <source>Nothing in these 30 days.</source>
        <translation>この30日間に該当するものはありません。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/dashboard.py" line="111"/>
        <source>Alerts per rule</source>
        <translation>ルール別のアラート</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/dashboard.py" line="111"/>
        <source>Alerts a day</source>
        <translation>1日のアラート件数</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/dashboard.py" line="112"/>
        <source>No alerts in these 30 days.</source>
        <translation>この30日間にアラートはありません。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/dashboard.py" line="115"/>
        <source>Created</source>
        <translation>受付</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/dashboard.py" line="115"/>
        <source>Approved</source>
        <translation>承認</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/dashboard.py" line="116"/>
        <source>Failed verifications</source>
        <translation>本人確認の失敗</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/dashboard.py" line="130"/>
        <source>{created} created, {approved} approved, {failures} failed verifications, {alerts} alerts</source>
        <translation>受付 {created}件、承認 {approved}件、本人確認の失敗 {failures}件、アラート {alerts}件</translation>
    </message>
</context>
<context>
    <name>DatabaseFooter</name>
    <message>
        <location filename="../../authdesk/gui/shell/signin.py" line="79"/>
        <source>embedded</source>
        <translation>内蔵</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/signin.py" line="79"/>
        <source>shared</source>
        <translation>共有</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/signin.py" line="80"/>
        <source>Workstation {workstation} · {kind} database {url}</source>
        <translation>端末 {workstation}・{kind}データベース {url}</translation>
    </message>
</context>
<context>
    <name>DemoNotes</name>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="265"/>
        <source>3 wrong codes today; draft needs a photo ID</source>
        <translation>本日コードの誤りが 3 回。下書きの依頼に顔写真付き本人確認書類が必要</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="266"/>
        <source>Activation letter sent; read back the first code to activate</source>
        <translation>有効化通知書を送付済み。最初のコードを読み上げていただくと有効になります</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="267"/>
        <source>Active authenticator, nothing unusual: try a change request</source>
        <translation>認証アプリ有効・特記事項なし。変更依頼を試せます</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="268"/>
        <source>Approved, but the e-mail notice was refused: the change is held</source>
        <translation>承認済みですが、メール通知が受け付けられなかったため、変更は保留されています</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="269"/>
        <source>Auditor (read only)</source>
        <translation>監査担当（閲覧のみ）</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="270"/>
        <source>Authenticator locked: a supervisor unlocks it after documents and a call-back, before any change</source>
        <translation>認証アプリがロック中。変更の前に、書類とコールバックの後でスーパーバイザーが解除します</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="271"/>
        <source>Authenticator revoked (phone stolen): documents path with a call-back</source>
        <translation>認証アプリは失効（スマートフォンの盗難）。書類とコールバックで本人確認します</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="272"/>
        <source>Back-office clerk (mail)</source>
        <translation>事務担当（郵送物）</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="273"/>
        <source>Call-center agent</source>
        <translation>コールセンターの受付担当</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="274"/>
        <source>Draft whose holder name is a close match</source>
        <translation>口座名義が近似一致の下書き</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="275"/>
        <source>New account was named in another customer&apos;s request (high risk)</source>
        <translation>新しい口座が別のお客様の依頼に記載されていた（高リスク）</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="276"/>
        <source>No authenticator and no e-mail: letters only</source>
        <translation>認証アプリもメールもなし。書面のみでご案内</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="277"/>
        <source>No authenticator; mail request with documents, waiting for approval</source>
        <translation>認証アプリなし。書類付きの郵送の依頼が承認待ち</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="278"/>
        <source>Old authenticator revoked (lost phone); new activation letter sent</source>
        <translation>旧認証アプリは失効（スマートフォンの紛失）。新しい有効化通知書を送付済み</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="279"/>
        <source>Phone changed recently; approved, notices sent, waiting for the cooling-off</source>
        <translation>最近電話番号を変更。承認済み・通知送付済みで、待機期間の経過待ち</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="280"/>
        <source>Request cancelled at the customer&apos;s call</source>
        <translation>お客様からのお電話で依頼を取消</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="281"/>
        <source>Request rejected by a supervisor</source>
        <translation>スーパーバイザーが依頼を却下</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="282"/>
        <source>Request waiting for approval (low risk)</source>
        <translation>依頼が承認待ち（低リスク）</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="283"/>
        <source>Staff accounts and policy</source>
        <translation>職員アカウントとポリシー</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="284"/>
        <source>Supervisor</source>
        <translation>スーパーバイザー</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="285"/>
        <source>Supervisor; approved 見本 花子&apos;s request</source>
        <translation>スーパーバイザー。見本 花子様の依頼を承認済み</translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <location filename="../../authdesk/gui/shell/demo_panel.py" line="88"/>
        <source>DEMO — fake data, deleted when AuthDesk closes</source>
        <translation>デモ — 架空のデータです（AuthDesk を閉じると消去されます）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/demo_panel.py" line="90"/>
        <source>The authenticator apps of the demo staff and customers, as their phones would show them. Double-click a staff member to fill in the sign-in form.</source>
        <translation>デモ用の職員とお客様の認証アプリに表示されるコードです。職員の行をダブルクリックすると、サインイン欄に入力されます。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/demo_panel.py" line="94"/>
        <source>Every demo staff password: {password}</source>
        <translation>デモ職員のパスワードはすべて {password} です。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/demo_panel.py" line="98"/>
        <source>Whose phone</source>
        <translation>持ち主</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/demo_panel.py" line="98"/>
        <source>Whose phone · notes</source>
        <translation>持ち主・説明</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/demo_panel.py" line="99"/>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/demo_panel.py" line="99"/>
        <source>Notes</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/demo_panel.py" line="131"/>
        <source>New codes in %v s</source>
        <translation>次のコードまで %v 秒</translation>
    </message>
</context>
<context>
    <name>EnrolPanel</name>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="136"/>
        <source>Authenticator app</source>
        <translation>認証アプリ</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="138"/>
        <source>Writes a PDF to print and post to the registered address</source>
        <translation>登録住所へ郵送するための PDF を作成します</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="141"/>
        <source>&amp;Open the letter</source>
        <translation>ご案内を開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="142"/>
        <source>&amp;Delete the letter file…</source>
        <translation>ご案内のファイルを削除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="143"/>
        <source>After printing: overwrites and removes the file, which holds the customer&apos;s key</source>
        <translation>印刷後に使います。お客様のキーを含むファイルを上書きして削除します</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="145"/>
        <source>&amp;Unlock…</source>
        <translation>ロック解除(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="137"/>
        <source>Send an activation le&amp;tter…</source>
        <translation>登録のご案内を郵送(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="140"/>
        <source>Set up h&amp;ere (customer in the branch)</source>
        <translation>この場で登録(&amp;E)（ご来店のお客様）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="146"/>
        <source>F&amp;irst code from the app</source>
        <translation>アプリの最初のコード(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="187"/>
        <source>State: {state}</source>
        <translation>状態: {state}</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="195"/>
        <source>The customer has no authenticator app registered. Send an activation letter to the registered address (the usual way), or, for a customer here in the branch whose identity was checked in person, set it up on screen now.</source>
        <translation>お客様は認証アプリを登録していません。登録住所へご案内を郵送するか（通常の方法）、店頭で本人確認済みのお客様であれば、この画面で登録します。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="201"/>
        <source>Let the customer scan the QR code (or type the key) in their app, then type the 6-digit code the app shows. Valid until {date}.</source>
        <translation>お客様のアプリで QR コードを読み取って（またはキーを入力して）いただき、アプリに表示される6桁のコードを入力してください。有効期限 {date}。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="205"/>
        <source>An activation letter was sent. When the customer calls with the letter in hand and has added the key to their app, ask for the 6-digit code the app shows.</source>
        <translation>登録のご案内を送付済みです。お客様がご案内をお手元に、キーをアプリに登録してお電話くださったら、アプリに表示される6桁のコードをお尋ねください。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="208"/>
        <source>The customer can be verified with a code from their app.</source>
        <translation>お客様のアプリのコードで本人確認ができます。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="213"/>
        <source>As a supervisor you can unlock it once the documents are checked and the call-back is made.</source>
        <translation>スーパーバイザーとして、書類の確認とコールバックの後にロックを解除できます。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="216"/>
        <source>The authenticator was revoked; a supervisor must enroll the customer again.</source>
        <translation>認証アプリは失効しています。スーパーバイザーによる再登録が必要です。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="224"/>
        <source>Save the activation letter</source>
        <translation>登録のご案内を保存</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="225"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="249"/>
        <source>The letter could not be written ({error}). A supervisor must enroll the customer again to issue a new key.</source>
        <translation>ご案内を保存できませんでした（{error}）。新しいキーを発行するにはスーパーバイザーによる再登録が必要です。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="254"/>
        <source>The letter was written to {path}. Print it and post it to the registered address, then delete the file: it holds the customer&apos;s key.</source>
        <translation>ご案内を {path} に保存しました。印刷して登録住所へ郵送し、その後ファイルを削除してください。お客様のキーが含まれています。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="292"/>
        <source>✓ The authenticator is active. The customer can now be verified with a code from the app.</source>
        <translation>✓ 認証アプリが有効になりました。今後はアプリのコードで本人確認ができます。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="313"/>
        <source>Delete {path}? Do this only once the letter is printed: the key exists nowhere else, and without it a supervisor must enroll the customer again.</source>
        <translation>{path} を削除しますか？ ご案内を印刷してから削除してください。キーはこのファイルにしかなく、失うとスーパーバイザーがもう一度登録し直す必要があります。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="324"/>
        <source>The letter file is already gone.</source>
        <translation>ご案内のファイルはすでにありません。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="327"/>
        <source>The letter file could not be deleted ({error}). Delete {path} by hand: it holds the customer&apos;s key.</source>
        <translation>ご案内のファイルを削除できませんでした（{error}）。お客様のキーを含むため、{path} を手作業で削除してください。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="331"/>
        <source>✓ The letter file was overwritten and deleted.</source>
        <translation>✓ ご案内のファイルを上書きして削除しました。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="356"/>
        <source>✓ The authenticator is unlocked; its failure count starts again from zero.</source>
        <translation>✓ ロックを解除しました。失敗回数は0から数え直します。</translation>
    </message>
</context>
<context>
    <name>EnrolUnlockDialog</name>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="50"/>
        <source>Unlock the authenticator of {customer}</source>
        <translation>{customer} の認証アプリのロック解除</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="52"/>
        <source>Unlock only after checking the customer&apos;s identity documents and calling the customer back on the registered phone number. Name both; the reason is kept in the audit log.</source>
        <translation>お客様の本人確認書類を確認し、登録電話番号へコールバックしたうえでロックを解除してください。その両方を記入します。理由は監査ログに記録されます。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="55"/>
        <source>e.g. driver&apos;s licence checked; called back on the registered number at 14:05</source>
        <translation>例: 運転免許証を確認、14:05 に登録番号へコールバック</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="57"/>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
</context>
<context>
    <name>EnrollmentDialog</name>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="299"/>
        <source>Authenticator app for {username}</source>
        <translation>{username} の認証アプリ</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="302"/>
        <source>Show this to {username} now: it is shown only once. They scan the QR code (or type the key) in their authenticator app and sign in with its code.</source>
        <translation>今すぐ {username} 本人に見せてください。表示は 1 回限りです。本人が認証アプリで QR コードを読み取り（またはキーを手入力し）、そのコードでサインインします。</translation>
    </message>
</context>
<context>
    <name>EnrollmentPanel</name>
    <message>
        <location filename="../../authdesk/gui/kit/widgets.py" line="197"/>
        <source>1. Open the authenticator app on your phone and add an account.
2. Scan this QR code, or type the key below by hand.</source>
        <translation>1. スマートフォンの認証アプリを開き、アカウントを追加します。
2. この QR コードを読み取るか、下のキーを手入力します。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/widgets.py" line="199"/>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/widgets.py" line="200"/>
        <source>Key for typing by hand</source>
        <translation>手入力用のキー</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/widgets.py" line="201"/>
        <source>Time-based, 6 digits, every 30 seconds.</source>
        <translation>時間ベース・6 桁・30 秒ごと</translation>
    </message>
</context>
<context>
    <name>EventDetail</name>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="186"/>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="186"/>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="187"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="187"/>
        <source>Workstation</source>
        <translation>端末</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="188"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="188"/>
        <source>Subject</source>
        <translation>対象</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="189"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="189"/>
        <source>Hash</source>
        <translation>ハッシュ</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="190"/>
        <source>Previous hash</source>
        <translation>直前のハッシュ</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="193"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="199"/>
        <source>Select an event to see its details.</source>
        <translation>イベントを選ぶと詳細が表示されます。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="205"/>
        <source>Event #{seq}</source>
        <translation>イベント #{seq}</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="68"/>
        <source>Event #{seq}</source>
        <translation>イベント #{seq}</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="72"/>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="73"/>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="74"/>
        <source>Who</source>
        <translation>操作者</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="75"/>
        <source>Workstation</source>
        <translation>端末</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="76"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="77"/>
        <source>About</source>
        <translation>対象</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="78"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>EvidencePack</name>
    <message>
        <location filename="../../authdesk/gui/kit/evidencepack.py" line="23"/>
        <source>Save this request&apos;s evidence pack: a PDF to print, and a JSONL file with its signed manifest that anyone can check with docs/verify_export.py</source>
        <translation>この依頼の証跡パックを保存します。印刷用のPDFと、署名付きマニフェストを添えたJSONLファイルです。JSONLは docs/verify_export.py で誰でも検証できます</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/evidencepack.py" line="32"/>
        <source>Save the evidence pack</source>
        <translation>証跡パックの保存</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/evidencepack.py" line="34"/>
        <source>PDF, with JSONL and manifest beside it (*.pdf)</source>
        <translation>PDF（同じフォルダーにJSONLとマニフェスト） (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/evidencepack.py" line="42"/>
        <source>Evidence pack of {reference} saved: {pdf}, with {jsonl} and its signed manifest ({count} events of the request, checkpoint #{seq}).</source>
        <translation>{reference} の証跡パックを保存しました: {pdf}（{jsonl} と署名付きマニフェストを同じフォルダーに保存。依頼のイベント {count} 件、チェックポイント #{seq}）。</translation>
    </message>
</context>
<context>
    <name>FirmPanel</name>
    <message>
        <location filename="../../authdesk/gui/admin/firm.py" line="74"/>
        <source>The firm on letters and in authenticator apps</source>
        <translation>書面と認証アプリに表示する会社</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/firm.py" line="75"/>
        <source>Firm &amp;name</source>
        <translation>会社名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/firm.py" line="76"/>
        <source>&amp;Phone for customers</source>
        <translation>お客様向け電話番号(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/firm.py" line="77"/>
        <source>E-mail sen&amp;der</source>
        <translation>メール送信元(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/firm.py" line="79"/>
        <source>Letters print this name and phone number, never a number from a request or a customer record; customers&apos; authenticator apps show the name. Letters cannot be printed until both are set.</source>
        <translation>書面にはこの会社名と電話番号を印刷します（変更依頼やお客様の登録内容にある番号は使いません）。お客様の認証アプリにはこの会社名が表示されます。両方を設定するまで書面は印刷できません。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/firm.py" line="82"/>
        <source>Save fir&amp;m</source>
        <translation>会社情報を保存(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/firm.py" line="105"/>
        <source>Saved. The change is in the audit log.</source>
        <translation>保存しました。変更は監査ログに記録されています。</translation>
    </message>
</context>
<context>
    <name>FirstRunWindow</name>
    <message>
        <location filename="../../authdesk/gui/shell/firstrun.py" line="131"/>
        <source>AuthDesk — First start</source>
        <translation>AuthDesk — 初回設定</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/firstrun.py" line="132"/>
        <source>&amp;Username</source>
        <translation>ユーザー名(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/firstrun.py" line="132"/>
        <source>&amp;Full name</source>
        <translation>氏名(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/firstrun.py" line="132"/>
        <source>&amp;Employee number</source>
        <translation>社員番号(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/firstrun.py" line="133"/>
        <source>&amp;Password</source>
        <translation>パスワード(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/firstrun.py" line="133"/>
        <source>&amp;Repeat password</source>
        <translation>パスワード（確認）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/firstrun.py" line="136"/>
        <source>Create administrator</source>
        <translation>管理者を作成</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/firstrun.py" line="137"/>
        <source>&amp;Code shown in the app now</source>
        <translation>アプリに表示中のコード(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/firstrun.py" line="138"/>
        <source>Confirm and sign in</source>
        <translation>確認してサインイン</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/firstrun.py" line="139"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/firstrun.py" line="141"/>
        <source>Step 2 of 2: your authenticator app</source>
        <translation>手順 2/2: 認証アプリの登録</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/firstrun.py" line="143"/>
        <source>Add this account to the authenticator app on your phone. The key is shown only now. Then type the code the app shows to confirm it and sign in.</source>
        <translation>スマートフォンの認証アプリにこのアカウントを追加してください。キーが表示されるのは今回だけです。追加したら、アプリに表示されたコードを入力して確認し、サインインします。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/firstrun.py" line="146"/>
        <source>Step 1 of 2: the first administrator</source>
        <translation>手順 1/2: 最初の管理者</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/firstrun.py" line="148"/>
        <source>This database has no administrator yet. Create the first one; the administrator then adds the other staff. Passwords need at least 12 characters.</source>
        <translation>このデータベースにはまだ管理者がいません。最初の管理者を作成してください。ほかの職員はこの管理者が追加します。パスワードは 12 文字以上です。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/firstrun.py" line="156"/>
        <source>The two passwords are not the same.</source>
        <translation>2 つのパスワードが一致しません。</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="144"/>
        <source>Import customers from a CSV file (UTF-8 or Shift_JIS, a header naming the columns). Every row is checked first: if any row is bad, no customer is imported and every bad row is listed with its line.</source>
        <translation>CSV ファイル（UTF-8 または Shift_JIS、1 行目に列名の見出し）からお客様を取り込みます。先にすべての行を確認し、誤りのある行が一つでもあればお客様は一件も取り込まず、誤りのある行をすべて行番号付きで一覧にします。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="148"/>
        <source>Cancel</source>
        <translation>中止</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="147"/>
        <source>Choose a CSV file and &amp;import…</source>
        <translation>CSV ファイルを選んで取り込む(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="149"/>
        <source>Cop&amp;y the list</source>
        <translation>一覧をコピー(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="150"/>
        <source>Sa&amp;ve the list…</source>
        <translation>一覧を保存(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="159"/>
        <source>No file chosen</source>
        <translation>ファイルが選ばれていません</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="168"/>
        <source>Finishing…</source>
        <translation>仕上げています…</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="171"/>
        <source>%p% of the file</source>
        <translation>ファイルの %p% を読み込み済み</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="172"/>
        <source>Rows read: {rows}</source>
        <translation>読み込んだ行: {rows}</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="178"/>
        <source>The import was cancelled. No customer was imported; the database is as it was.</source>
        <translation>取り込みを中止しました。お客様は一件も取り込まれていません。データベースは取り込み前のままです。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="185"/>
        <source>Imported {count} customers from {rows} rows.</source>
        <translation>{rows} 行からお客様 {count} 件を取り込みました。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="189"/>
        <source>{bad} of {rows} rows are bad, so no customer was imported. Correct the rows below and import the file again.</source>
        <translation>{rows} 行のうち {bad} 行に誤りがあるため、お客様は一件も取り込んでいません。下の行を直してから、もう一度ファイルを取り込んでください。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="195"/>
        <source>The first {shown} are listed; {more} more are not.</source>
        <translation>最初の {shown} 行を表示しています。ほかに {more} 行あります。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="213"/>
        <source>Choose the customer file</source>
        <translation>お客様のファイルを選択</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="214"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="236"/>
        <source>Checking the file…</source>
        <translation>ファイルを確認しています…</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="256"/>
        <source>Cancelling…</source>
        <translation>中止しています…</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="279"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="304"/>
        <source>Copied.</source>
        <translation>コピーしました。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="309"/>
        <source>Save the list of bad rows</source>
        <translation>誤りのある行の一覧を保存</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="310"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="325"/>
        <source>The list could not be saved: {reason}</source>
        <translation>一覧を保存できませんでした: {reason}</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="328"/>
        <source>Saved to {file}.</source>
        <translation>{file} に保存しました。</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <location filename="../../authdesk/gui/shell/shortcuts.py" line="84"/>
        <source>Next / previous tab</source>
        <translation>次 / 前のタブ</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/shortcuts.py" line="85"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/shortcuts.py" line="86"/>
        <source>Next / previous field or button</source>
        <translation>次 / 前の入力欄またはボタン</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/shortcuts.py" line="87"/>
        <source>Alt + underlined letter</source>
        <translation>Alt + 下線付きの文字</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/shortcuts.py" line="88"/>
        <source>The field, button, tab or menu with that letter</source>
        <translation>その文字の入力欄・ボタン・タブ・メニュー</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/shortcuts.py" line="90"/>
        <source>Enter in a field</source>
        <translation>入力欄で Enter</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/shortcuts.py" line="91"/>
        <source>The next field; in a step&apos;s last field, its action (Next, Save, Send)</source>
        <translation>次の入力欄へ。手順の最後の入力欄では、その操作（次へ・保存・送る）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/shortcuts.py" line="93"/>
        <source>Enter or Space on a button</source>
        <translation>ボタンで Enter または Space</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/shortcuts.py" line="94"/>
        <source>Presses it</source>
        <translation>そのボタンを押す</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/shortcuts.py" line="95"/>
        <source>Space on a check box</source>
        <translation>チェックボックスで Space</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/shortcuts.py" line="96"/>
        <source>Ticks it; Enter moves on to the next one</source>
        <translation>チェックを付ける。Enter で次の項目へ</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/shortcuts.py" line="97"/>
        <source>↑ ↓ in the customer search</source>
        <translation>お客様検索で ↑ ↓</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/shortcuts.py" line="98"/>
        <source>Choose a result; Enter opens it</source>
        <translation>結果を選ぶ。Enter で開く</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/shortcuts.py" line="99"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/shortcuts.py" line="100"/>
        <source>Closes a dialog or menu without doing anything</source>
        <translation>何もせずにダイアログやメニューを閉じる</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/shortcuts.py" line="103"/>
        <source>Moving around</source>
        <translation>画面内の移動</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/shortcuts.py" line="132"/>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/shortcuts.py" line="134"/>
        <source>Everything on a call can be done from the keyboard. After sign-in and after New caller the cursor is in the customer search; after each step it is on the next action.</source>
        <translation>通話中の操作はすべてキーボードでできます。サインイン後と新規受付の後はカーソルがお客様検索にあり、各手順の後は次の操作に移ります。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/shortcuts.py" line="137"/>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/shortcuts.py" line="137"/>
        <source>What they do</source>
        <translation>動作</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="708"/>
        <source>Key check</source>
        <translation>鍵の照合</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="708"/>
        <source>Key id</source>
        <translation>鍵 ID</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="709"/>
        <source>Signing public key</source>
        <translation>署名用公開鍵</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="710"/>
        <source>Credential store</source>
        <translation>資格情報ストア</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="710"/>
        <source>Database id</source>
        <translation>データベース ID</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="711"/>
        <source>Newest signed checkpoint</source>
        <translation>最新の署名付きチェックポイント</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="712"/>
        <source>Newest audit event</source>
        <translation>最新の監査イベント</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="716"/>
        <source>The keys live only in this workstation&apos;s credential store (OS keyring), never in the database. The key check proves they belong to this database. To move keys to another workstation use &apos;authdesk-admin keys export&apos; and &apos;keys import&apos;.</source>
        <translation>鍵はこの端末の資格情報ストア（OS のキーリング）にだけ保管され、データベースには保存されません。鍵の照合で、その鍵がこのデータベースのものであることを確かめます。別の端末へ鍵を移すには &apos;authdesk-admin keys export&apos; と &apos;keys import&apos; を使ってください。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="719"/>
        <source>Check &amp;again</source>
        <translation>再照合(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="720"/>
        <source>Keys of this database</source>
        <translation>このデータベースの鍵</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="742"/>
        <source>OK — the keys in this credential store belong to this database</source>
        <translation>正常 — この資格情報ストアの鍵はこのデータベースのものです</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="746"/>
        <source>FAILED — {problem}</source>
        <translation>異常 — {problem}</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="754"/>
        <source>none yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="759"/>
        <source>event #{seq}, {time}</source>
        <translation>イベント #{seq}、{time}</translation>
    </message>
</context>
<context>
    <name>LockReasonDialog</name>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="52"/>
        <source>Request unlock</source>
        <translation>ロック解除の申出</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="54"/>
        <source>The customer asks to lift the lock on withdrawal-account changes. Lifting also needs a photo ID, a call-back to the registered phone number and a supervisor&apos;s approval. Why does the customer want it lifted?</source>
        <translation>お客様が出金口座の変更ロックの解除を申し出ています。解除には、顔写真付き本人確認書類、登録電話番号へのコールバック、スーパーバイザーの承認も必要です。解除を希望される理由を記入してください。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="57"/>
        <source>e.g. the customer is moving their account to another bank</source>
        <translation>例：別の金融機関の口座に変更したい</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="58"/>
        <source>Record the request</source>
        <translation>申出を記録</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="62"/>
        <source>Lock account changes</source>
        <translation>出金口座の変更をロック</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="64"/>
        <source>From now on no change of this customer&apos;s withdrawal account can be opened or approved until the lock is lifted. A letter tells the customer. What did the customer say? (optional)</source>
        <translation>これ以降、ロックが解除されるまで、このお客様の出金口座の変更依頼は起票も承認もできません。お客様には書面でお知らせします。お客様のお話を記入してください（任意）。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="67"/>
        <source>e.g. the customer received a suspicious e-mail</source>
        <translation>例：不審なメールを受け取った</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="68"/>
        <source>Lock</source>
        <translation>ロック</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../authdesk/gui/shell/lock.py" line="93"/>
        <source>Session locked</source>
        <translation>セッションはロックされています</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/lock.py" line="95"/>
        <source>The session of {name} ({username}) was locked. Enter your password and a new code from your authenticator app to go on.</source>
        <translation>{name}（{username}）のセッションをロックしました。続けるには、パスワードと認証アプリの新しいコードを入力してください。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/lock.py" line="98"/>
        <source>&amp;Password</source>
        <translation>パスワード(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/lock.py" line="99"/>
        <source>&amp;Code</source>
        <translation>コード(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/lock.py" line="100"/>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/lock.py" line="101"/>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
</context>
<context>
    <name>LookbackTableModel</name>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="46"/>
        <source>Reference</source>
        <translation>お問い合わせ番号</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="46"/>
        <source>Created</source>
        <translation>受付日時</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="46"/>
        <source>How</source>
        <translation>経路</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="46"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="47"/>
        <source>Customer</source>
        <translation>顧客番号</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="47"/>
        <source>Verification</source>
        <translation>本人確認</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="47"/>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="48"/>
        <source>Requester</source>
        <translation>受付担当</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="48"/>
        <source>Approver</source>
        <translation>承認</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="48"/>
        <source>Hours to approval</source>
        <translation>承認までの時間</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="49"/>
        <source>Exceptions</source>
        <translation>要確認事項</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="52"/>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="52"/>
        <source>documents</source>
        <translation>書類</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="53"/>
        <source>call-back</source>
        <translation>コールバック</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="86"/>
        <source>close name match</source>
        <translation>名義の近似一致</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="87"/>
        <source>authenticator unlocked</source>
        <translation>認証アプリのロック解除</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="88"/>
        <source>a step refused</source>
        <translation>拒否された操作</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="136"/>
        <source>{title} ({count})</source>
        <translation>{title}（{count}）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="234"/>
        <source> [DEMO]</source>
        <translation> ［デモ］</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="235"/>
        <source>AuthDesk — {name}</source>
        <translation>AuthDesk — {name}</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="238"/>
        <source>Your roles give you no screens here. Ask an administrator.</source>
        <translation>あなたの役割で使える画面はありません。管理者に確認してください。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="240"/>
        <source>&amp;Session</source>
        <translation>セッション(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="241"/>
        <source>&amp;Call</source>
        <translation>通話(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="244"/>
        <source>&amp;Lock now</source>
        <translation>今すぐロック(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="245"/>
        <source>Sign &amp;out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="246"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="247"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="248"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>キーボードショートカット(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="249"/>
        <source>&amp;About AuthDesk</source>
        <translation>AuthDesk について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="250"/>
        <source>{name} ({username})</source>
        <translation>{name}（{username}）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="252"/>
        <source>Role: {roles}</source>
        <translation>役割: {roles}</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="254"/>
        <source>Workstation: {name}</source>
        <translation>端末: {name}</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="256"/>
        <source>embedded</source>
        <translation>内蔵</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="256"/>
        <source>shared</source>
        <translation>共有</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="257"/>
        <source>Database: {kind}</source>
        <translation>データベース: {kind}</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="260"/>
        <source>Demo phones</source>
        <translation>デモ用スマートフォン</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="271"/>
        <source>Session locked</source>
        <translation>セッションはロック中</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="276"/>
        <source>Session: {left} left · idle lock in {idle}</source>
        <translation>セッション残り {left}・自動ロックまで {idle}</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="308"/>
        <source>About AuthDesk</source>
        <translation>AuthDesk について</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="309"/>
        <source>AuthDesk {version}
Identity verification and four-eyes withdrawal-account changes, with a tamper-evident audit log.</source>
        <translation>AuthDesk {version}
本人確認と出金口座の変更（二者承認）を行い、改ざんを検知できる監査ログに記録します。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../authdesk/gui/kit/messages.py" line="39"/>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/messages.py" line="49"/>
        <source>Something unexpected went wrong ({kind}). Nothing more was done; please tell your administrator.</source>
        <translation>予期しないエラーが発生しました（{kind}）。処理はここで止めました。管理者に連絡してください。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/messages.py" line="63"/>
        <source>AuthDesk</source>
        <translation>AuthDesk</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/messages.py" line="72"/>
        <source>Please confirm</source>
        <translation>確認</translation>
    </message>
</context>
<context>
    <name>Mismatch</name>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="99"/>
        <source>customer {key}</source>
        <translation>お客様 {key}</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="100"/>
        <source>staff member {key}</source>
        <translation>職員 {key}</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="101"/>
        <source>policy {key}</source>
        <translation>ポリシー {key}</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="104"/>
        <source>withdrawal account</source>
        <translation>出金口座</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="105"/>
        <source>registered address</source>
        <translation>登録住所</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="106"/>
        <source>phone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="107"/>
        <source>e-mail address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="108"/>
        <source>registered details (withdrawal account, address, phone or e-mail)</source>
        <translation>登録内容（出金口座・住所・電話番号・メールアドレスのいずれか）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="110"/>
        <source>authenticator state</source>
        <translation>認証アプリの状態</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="111"/>
        <source>roles</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="112"/>
        <source>active flag</source>
        <translation>有効・無効</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="113"/>
        <source>employee number</source>
        <translation>社員番号</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="114"/>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="120"/>
        <source>{row} is in the log (event #{seq}) but not in the table</source>
        <translation>{row} はログ（イベント #{seq}）にありますが、テーブルにありません</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="122"/>
        <source>{row} has no event behind it</source>
        <translation>{row} には裏付けとなるイベントがありません</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="124"/>
        <source>{row}: {what} has no event behind it</source>
        <translation>{row}：{what}には裏付けとなるイベントがありません</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="126"/>
        <source>{row}: {what} differ from the log since event #{seq}</source>
        <translation>{row}：{what}がイベント #{seq} 以降、ログと一致しません</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="128"/>
        <source>{row}: {what} differs from the log since event #{seq}</source>
        <translation>{row}：{what}がイベント #{seq} 以降、ログと一致しません</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <location filename="../../authdesk/gui/kit/messages.py" line="109"/>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/messages.py" line="110"/>
        <source>Refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/messages.py" line="111"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="765"/>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="767"/>
        <source>Policies</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="769"/>
        <source>Keys</source>
        <translation>鍵</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="771"/>
        <source>Customer import</source>
        <translation>お客様の取り込み</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="773"/>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/page.py" line="16"/>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/page.py" line="18"/>
        <source>Reports</source>
        <translation>レポート</translation>
    </message>
</context>
<context>
    <name>PhotoIdDialog</name>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="105"/>
        <source>Photo ID for lifting the lock</source>
        <translation>ロック解除のための本人確認書類</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="107"/>
        <source>Check a photo ID of the customer (driver&apos;s licence, My Number card, passport or residence card). Only a photo ID that passes every check counts.</source>
        <translation>お客様の顔写真付き本人確認書類（運転免許証、マイナンバーカード、パスポート、在留カード）を確認してください。すべての確認項目を満たす顔写真付き本人確認書類のみが有効です。</translation>
    </message>
</context>
<context>
    <name>PoliciesPage</name>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="588"/>
        <source>Selected setting</source>
        <translation>選択中の設定</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="589"/>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="629"/>
        <source>Allowed: {minimum}–{maximum} {unit}. Default {default}.</source>
        <translation>設定範囲: {minimum}〜{maximum} {unit}。既定値 {default}。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="648"/>
        <source>Saved. The change is in the audit log.</source>
        <translation>保存しました。変更は監査ログに記録されています。</translation>
    </message>
</context>
<context>
    <name>PolicyExplanation</name>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="60"/>
        <source>How far the clock of the customer&apos;s phone may be off. One step is 30 seconds: with 1, the code of the previous or the next 30 seconds is accepted too.</source>
        <translation>お客様のスマートフォンの時計のずれをどこまで許すか。1 ステップは 30 秒で、1 なら前後 30 秒のコードも受け付けます。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="64"/>
        <source>How many wrong codes a caller may give in one verification. Then that verification is void and the agent starts a new one.</source>
        <translation>1 回の本人確認で誤ったコードを何回まで受け付けるか。超えるとその本人確認は無効になり、受付担当が新しく始めます。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="67"/>
        <source>After this many wrong codes in a row (on any call, with any agent) the customer&apos;s authenticator locks. Only a supervisor can unlock it.</source>
        <translation>どの通話・どの受付担当でも、誤ったコードがこの回数続くとお客様の認証アプリがロックされます。解除できるのはスーパーバイザーだけです。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="70"/>
        <source>How many verifications can be started for one customer in an hour. More are refused, so nobody can keep guessing codes.</source>
        <translation>お客様 1 人につき 1 時間に始められる本人確認の回数。超えると断るため、コードを当て続けることはできません。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="73"/>
        <source>How many verifications can be started for one customer in a day. More are refused, so nobody can keep guessing codes.</source>
        <translation>お客様 1 人につき 1 日に始められる本人確認の回数。超えると断るため、コードを当て続けることはできません。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="76"/>
        <source>After a correct code, the agent may open a change request for that customer, on the same call, for this long. Then the code is asked again.</source>
        <translation>正しいコードの後、同じ通話の中でそのお客様の変更依頼を作成できる時間。過ぎたらもう一度コードをお願いします。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="79"/>
        <source>A supervisor&apos;s own code confirms an approval for this long after it is typed.</source>
        <translation>スーパーバイザー自身のコードを入力してから、承認に使える時間。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="82"/>
        <source>The code in an authenticator activation letter works for this long after the letter is issued.</source>
        <translation>認証アプリの有効化通知書のコードが、発行から使える期間。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="85"/>
        <source>This many wrong confirmation codes in a row end a staff member&apos;s session; they must sign in again.</source>
        <translation>職員の確認コードの誤りがこの回数続くとセッションが終了し、サインインし直しになります。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="88"/>
        <source>This many failed sign-ins in a row lock a staff account.</source>
        <translation>サインインの失敗がこの回数続くと、職員アカウントがロックされます。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="90"/>
        <source>How long a locked staff account stays locked before its owner can try again. An administrator can unlock it sooner.</source>
        <translation>ロックされた職員アカウントが再び試せるようになるまでの時間。管理者はそれより早く解除できます。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="93"/>
        <source>The screen locks after this long without use. The password and a code unlock it.</source>
        <translation>操作がないまま、この時間が過ぎると画面がロックされます。パスワードとコードで解除します。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="96"/>
        <source>A session ends after this long even while it is in use; the person signs in again.</source>
        <translation>使用中でも、この時間が過ぎるとセッションが終了し、サインインし直しになります。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="99"/>
        <source>After approval, the new withdrawal account takes effect only after this wait. Until then the customer can cancel, and the old account stays in force.</source>
        <translation>承認後、新しい出金口座はこの待機期間が過ぎてから有効になります。それまではお客様が取り消すことができ、元の口座が使われます。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="103"/>
        <source>A change request nobody decides within this time expires; the customer must ask again.</source>
        <translation>この期間内に判断されなかった変更依頼は失効し、お客様にもう一度ご依頼いただく必要があります。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="106"/>
        <source>A change of address, phone number or e-mail address this recent makes a withdrawal-account change riskier, so more evidence is asked for.</source>
        <translation>住所・電話番号・メールアドレスの変更がこの期間内にあると、出金口座の変更のリスクが高いとみなし、より多くの確認を求めます。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="109"/>
        <source>How often, at the least, the audit log is sealed with a signed checkpoint, so that a later change to it is detected.</source>
        <translation>監査ログを署名付きチェックポイントで封印する最大の間隔。後からの書き換えを検知できるようにします。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="112"/>
        <source>How long records are kept. The law on preventing money laundering requires at least seven years.</source>
        <translation>記録の保存期間。犯罪収益移転防止法により 7 年以上の保存が必要です。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="116"/>
        <source>How many times an e-mail notice is tried before it counts as failed. A failed notice holds the change and alerts the supervisors.</source>
        <translation>メール通知を何回まで送信を試みるか。すべて失敗すると通知は失敗となり、変更は保留され、スーパーバイザーにアラートが上がります。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="119"/>
        <source>The wait after the first failed attempt to send an e-mail notice; each later wait is twice as long.</source>
        <translation>メール通知の最初の送信に失敗してから次に試すまでの待ち時間。その後の待ち時間は毎回 2 倍になります。</translation>
    </message>
</context>
<context>
    <name>PolicySpec</name>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="286"/>
        <source>A contact-detail change this recent raises risk</source>
        <translation>この期間内の連絡先変更はリスクを高める</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="287"/>
        <source>A request left pending expires after</source>
        <translation>未処理の依頼が失効するまで</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="288"/>
        <source>A request this soon after an authenticator reset or contact change is an alert</source>
        <translation>認証アプリの再設定や連絡先の変更からこの期間内の依頼をアラートにします</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="289"/>
        <source>Absolute session limit</source>
        <translation>セッションの最長時間</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="290"/>
        <source>Accepted clock drift either side of now</source>
        <translation>許容する時刻のずれ（前後）</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="291"/>
        <source>Approved requests of the agent in the window before the share counts</source>
        <translation>割合を判定するのに必要な、期間内の受付担当の承認済み依頼の件数</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="292"/>
        <source>Close or no-match holder names from one agent, within the window, before an alert</source>
        <translation>アラートとなる、期間内に同じ受付担当が入力した口座名義のほぼ一致・不一致の件数</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="293"/>
        <source>Consecutive failed sign-ins before the account locks</source>
        <translation>アカウントをロックするまでの連続サインイン失敗回数</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="294"/>
        <source>Consecutive failures before the factor locks (supervisor unlock only)</source>
        <translation>認証アプリをロックするまでの連続失敗回数（解除はスーパーバイザーのみ）</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="295"/>
        <source>Cooling-off before a new withdrawal account takes effect</source>
        <translation>新しい出金口座が有効になるまでの待機期間</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="296"/>
        <source>Customer records one person opens or unmasks without a call or verification about them, within the window, before an alert</source>
        <translation>アラートとなる、期間内に同じ職員が通話や本人確認なしに表示・マスク解除したお客様情報の件数</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="297"/>
        <source>Delivery attempts before an e-mail notice has failed</source>
        <translation>メール通知を失敗とするまでの送信試行回数</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="298"/>
        <source>How long a locked staff account stays locked</source>
        <translation>職員アカウントのロック時間</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="299"/>
        <source>How long a staff step-up counts as fresh for an approval</source>
        <translation>承認用の職員追加認証の有効時間</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="300"/>
        <source>How long a successful customer step-up stays fresh</source>
        <translation>お客様の本人確認（追加認証）の有効時間</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="301"/>
        <source>How long an activation letter&apos;s code can activate a factor</source>
        <translation>有効化通知書のコードの有効期間</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="302"/>
        <source>Idle time before the session locks</source>
        <translation>セッションを自動ロックするまでの無操作時間</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="303"/>
        <source>Record retention</source>
        <translation>記録の保存期間</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="304"/>
        <source>Requests naming one bank account for different customers this close are an alert</source>
        <translation>同じ銀行口座を別々のお客様に指定した依頼がこの期間内にあればアラートにします</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="305"/>
        <source>Share of one agent&apos;s approved requests approved by one supervisor before an alert</source>
        <translation>アラートとなる、受付担当の承認済み依頼のうち同じスーパーバイザーが承認した割合</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="306"/>
        <source>Signed audit checkpoint at least this often</source>
        <translation>署名付き監査チェックポイントの最大間隔</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="307"/>
        <source>Verifications started per customer in one day</source>
        <translation>1 日に お客様 1 人あたり開始できる本人確認の回数</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="308"/>
        <source>Verifications started per customer in one hour</source>
        <translation>1 時間に お客様 1 人あたり開始できる本人確認の回数</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="309"/>
        <source>Wait before the second e-mail attempt (each later wait doubles)</source>
        <translation>メール送信の 2 回目までの待ち時間（以後は毎回 2 倍）</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="310"/>
        <source>Window of the approver-share alert</source>
        <translation>承認の偏りのアラートの判定期間</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="311"/>
        <source>Window of the holder-name alert</source>
        <translation>口座名義のアラートの判定期間</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="312"/>
        <source>Window of the record-access alert</source>
        <translation>お客様情報の閲覧のアラートの判定期間</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="313"/>
        <source>Working hours end (activity from then is an alert)</source>
        <translation>業務時間の終了（これ以降の操作はアラート）</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="314"/>
        <source>Working hours start (activity before is an alert)</source>
        <translation>業務時間の開始（これより前の操作はアラート）</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="315"/>
        <source>Wrong codes at one workstation within an hour before an alert</source>
        <translation>アラートとなる、同じ端末での1時間以内のコード誤りの回数</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="316"/>
        <source>Wrong codes before one verification is void</source>
        <translation>1 回の本人確認が無効になるまでの誤りコード数</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="317"/>
        <source>Wrong codes for one customer within a day before an alert (below the factor&apos;s lock)</source>
        <translation>アラートとなる、同じお客様への1日以内のコード誤りの回数（ロックより少なく）</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="318"/>
        <source>Wrong confirmation codes in a row before the staff session ends</source>
        <translation>職員セッションが終了するまでの確認コードの連続誤り回数</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="319"/>
        <source>attempts</source>
        <translation>回</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="320"/>
        <source>codes</source>
        <translation>回</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="321"/>
        <source>customers</source>
        <translation>件</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="322"/>
        <source>days</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="323"/>
        <source>hour (Japan time)</source>
        <translation>時（日本時間）</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="324"/>
        <source>hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="325"/>
        <source>minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="326"/>
        <source>percent</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="327"/>
        <source>requests</source>
        <translation>件</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="328"/>
        <source>time steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="329"/>
        <source>verifications</source>
        <translation>回</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="330"/>
        <source>years</source>
        <translation>年</translation>
    </message>
</context>
<context>
    <name>PolicyTableModel</name>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="510"/>
        <source>Setting</source>
        <translation>設定項目</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="510"/>
        <source>Value</source>
        <translation>現在値</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="510"/>
        <source>Default</source>
        <translation>既定値</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="510"/>
        <source>Allowed</source>
        <translation>設定範囲</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="164"/>
        <source>Look-back report</source>
        <translation>ルックバック報告</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="166"/>
        <source>Every withdrawal-account change request created in a period, and how each was verified: the path, documents, risk, approval, cooling-off, notices, cancellations and exceptions, with totals. Dates are in Japan time and both are included; account numbers are masked. Saving the report is recorded in the audit log.</source>
        <translation>期間内に受け付けた出金口座の変更依頼のすべてについて、本人確認の方法、書類、リスク、承認、待機期間、通知、取消、要確認事項を集計とともに示します。日付は日本時間で、開始日と終了日を含みます。口座番号は伏せて表示します。報告の保存は監査ログに記録されます。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="170"/>
        <source>&amp;From</source>
        <translation>開始日(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="171"/>
        <source>&amp;To</source>
        <translation>終了日(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="172"/>
        <source>Save as CS&amp;V…</source>
        <translation>CSVで保存(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="173"/>
        <source>Save as &amp;PDF…</source>
        <translation>PDFで保存(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="185"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="186"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="187"/>
        <source>Save the look-back report</source>
        <translation>ルックバック報告の保存</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="204"/>
        <source>Making the report…</source>
        <translation>報告を作成しています…</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="223"/>
        <source>The report could not be written to {file}: {reason}</source>
        <translation>報告を {file} に書き込めませんでした：{reason}</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="227"/>
        <source>Saved the report of {count} change requests to {file}.</source>
        <translation>変更依頼 {count}件の報告を {file} に保存しました。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="252"/>
        <source>{start} – {end}: {requests} requests, {approved} approved, {cancelled} cancelled, {exceptions} with exceptions; {notices} notices; median time to approval {hours} hours.</source>
        <translation>{start}～{end}：変更依頼 {requests}件、承認 {approved}件、取消 {cancelled}件、要確認事項あり {exceptions}件、通知 {notices}件、承認までの時間の中央値 {hours}時間。</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../authdesk/gui/kit/messages.py" line="90"/>
        <source>Agent</source>
        <translation>受付担当</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/messages.py" line="91"/>
        <source>Supervisor</source>
        <translation>スーパーバイザー</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/messages.py" line="92"/>
        <source>Auditor</source>
        <translation>監査担当</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/messages.py" line="93"/>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/messages.py" line="94"/>
        <source>System (scheduled work)</source>
        <translation>システム（定期処理）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/messages.py" line="104"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="264"/>
        <source>Roles of {username}</source>
        <translation>{username} の役割</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="274"/>
        <source>{name} ({username}) may work as:</source>
        <translation>{name}（{username}）に与える役割:</translation>
    </message>
</context>
<context>
    <name>RowErrorsModel</name>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="62"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="62"/>
        <source>Problem</source>
        <translation>誤りの内容</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <location filename="../../authdesk/gui/shell/signin.py" line="215"/>
        <source>AuthDesk — Sign in</source>
        <translation>AuthDesk — サインイン</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/signin.py" line="217"/>
        <source>Staff sign-in</source>
        <translation>職員サインイン</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/signin.py" line="218"/>
        <source>&amp;Username</source>
        <translation>ユーザー名(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/signin.py" line="220"/>
        <source>&amp;Password</source>
        <translation>パスワード(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/signin.py" line="222"/>
        <source>&amp;Code</source>
        <translation>コード(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/signin.py" line="224"/>
        <source>The 6-digit code from your own authenticator app</source>
        <translation>ご自身の認証アプリに表示される 6 桁のコード</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/signin.py" line="225"/>
        <location filename="../../authdesk/gui/shell/signin.py" line="264"/>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/signin.py" line="226"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/signin.py" line="264"/>
        <source>Signing in…</source>
        <translation>サインイン中…</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="368"/>
        <source>&amp;Add staff…</source>
        <translation>職員を追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="369"/>
        <source>&amp;Roles…</source>
        <translation>役割(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="370"/>
        <source>&amp;Disable</source>
        <translation>無効にする(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="371"/>
        <source>&amp;Unlock</source>
        <translation>ロック解除(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="372"/>
        <source>Reset au&amp;thenticator…</source>
        <translation>認証アプリを再設定(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="373"/>
        <source>Refresh</source>
        <translation>最新に更新</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="419"/>
        <source>{username} was added.</source>
        <translation>{username} を追加しました。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="437"/>
        <source>The roles of {username} were changed.</source>
        <translation>{username} の役割を変更しました。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="456"/>
        <source>Disable {username}? They can no longer sign in, and any open session ends.</source>
        <translation>{username} を無効にしますか？ サインインできなくなり、開いているセッションも終了します。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="459"/>
        <source>{username} was disabled.</source>
        <translation>{username} を無効にしました。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="468"/>
        <source>{username} can sign in again.</source>
        <translation>{username} は再びサインインできます。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="483"/>
        <source>Reset the authenticator of {username}? Their current app stops working; they must add the new key before they can sign in.</source>
        <translation>{username} の認証アプリを再設定しますか？ 今のアプリのコードは使えなくなり、新しいキーを登録するまでサインインできません。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="477"/>
        <source>The authenticator of {username} was reset.</source>
        <translation>{username} の認証アプリを再設定しました。</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="134"/>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="134"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="134"/>
        <source>Employee no.</source>
        <translation>社員番号</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="134"/>
        <source>Roles</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="135"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="135"/>
        <source>Authenticator</source>
        <translation>認証アプリ</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="149"/>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="151"/>
        <source>Locked until {time}</source>
        <translation>{time} までロック中</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="153"/>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="154"/>
        <source>Set up</source>
        <translation>登録済み</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="154"/>
        <source>Not yet used</source>
        <translation>未使用</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../authdesk/gui/shell/app.py" line="167"/>
        <source>AuthDesk cannot start</source>
        <translation>AuthDesk を起動できません</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/app.py" line="225"/>
        <source>Opening the database…</source>
        <translation>データベースを開いています…</translation>
    </message>
</context>
<context>
    <name>SupervisorEvidence</name>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="45"/>
        <source>none registered</source>
        <translation>登録なし</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="65"/>
        <source>Request #{id}</source>
        <translation>依頼 #{id}</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="66"/>
        <source>Customer</source>
        <translation>お客様</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="67"/>
        <source>Request came</source>
        <translation>受付方法</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="68"/>
        <source>Opened by</source>
        <translation>作成者</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="69"/>
        <source>Sent for approval</source>
        <translation>承認依頼日時</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="70"/>
        <source>Account now</source>
        <translation>現在の口座</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="71"/>
        <source>New account</source>
        <translation>新しい口座</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="72"/>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="73"/>
        <source>Holder name</source>
        <translation>口座名義</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="74"/>
        <source>Registered (normalised)</source>
        <translation>登録名義（正規化）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="75"/>
        <source>Account holder (normalised)</source>
        <translation>口座名義（正規化）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="77"/>
        <source>Why close</source>
        <translation>近似の理由</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="78"/>
        <source>Agent’s reason</source>
        <translation>担当者の記入理由</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="79"/>
        <source>Identity verification</source>
        <translation>本人確認</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="80"/>
        <source>Verified by</source>
        <translation>確認者</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="81"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="82"/>
        <source>How</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="83"/>
        <source>Fresh until</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="84"/>
        <source>No authenticator code: the documents and call-back path.</source>
        <translation>認証コードなし: 書類とコールバックによる確認。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="86"/>
        <source>Evidence the risk requires</source>
        <translation>リスクに応じて必要な確認</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="87"/>
        <source>nothing beyond the approval</source>
        <translation>承認のほかに必要なものなし</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="89"/>
        <source>Still missing</source>
        <translation>不足</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="90"/>
        <source>Documents</source>
        <translation>本人確認書類</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="91"/>
        <source>Document</source>
        <translation>書類</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="92"/>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="93"/>
        <source>Expiry</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="94"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="95"/>
        <source>Checked by</source>
        <translation>確認者</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="96"/>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="97"/>
        <source>failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="98"/>
        <source>None recorded.</source>
        <translation>記録なし。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="99"/>
        <source>Call-back</source>
        <translation>コールバック</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="100"/>
        <source>Made by</source>
        <translation>実施者</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="101"/>
        <source>Number called</source>
        <translation>発信先</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="102"/>
        <source>Note</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="103"/>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="104"/>
        <source>Decision</source>
        <translation>判断</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="105"/>
        <source>By</source>
        <translation>判断者</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="106"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="107"/>
        <source>Takes effect</source>
        <translation>反映日時</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="108"/>
        <source>Letters and notices</source>
        <translation>書面・通知</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="110"/>
        <source>not yet: waiting for the notice to go out, then the cooling-off period runs from that moment</source>
        <translation>未定：通知の送付待ち。送付した時点から待機期間が始まります</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="113"/>
        <source>held: a notice to the customer could not go out, so the change does not take effect (see the outbox)</source>
        <translation>保留：お客様への通知を送付できなかったため、変更は有効になりません（書面・通知の一覧をご覧ください）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="116"/>
        <source>to the contact before the recent change</source>
        <translation>最近の変更前の連絡先宛て</translation>
    </message>
</context>
<context>
    <name>SupervisorOutboxModel</name>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="64"/>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="64"/>
        <source>Queued</source>
        <translation>登録日時</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="64"/>
        <source>Customer</source>
        <translation>お客様</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="64"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="65"/>
        <source>How</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="65"/>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="65"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="65"/>
        <source>Sent</source>
        <translation>送付日時</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="66"/>
        <source>Why / next try</source>
        <translation>理由・次回送信</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="73"/>
        <source>{reason} (after {n} attempts)</source>
        <translation>{reason}（{n} 回試行）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="77"/>
        <source>Request #{id} is held: {reason}</source>
        <translation>依頼 #{id} は保留中：{reason}</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="81"/>
        <source>attempt {n} failed: {reason}; next try {when}</source>
        <translation>{n} 回目失敗：{reason}。次回 {when}</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="101"/>
        <source>{destination} (before the recent change)</source>
        <translation>{destination}（変更前）</translation>
    </message>
</context>
<context>
    <name>SupervisorOutboxPage</name>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="220"/>
        <source>Letters and notices to customers</source>
        <translation>お客様への書面・通知</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="222"/>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="226"/>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="221"/>
        <source>Sho&amp;w</source>
        <translation>表示(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="227"/>
        <source>Mark s&amp;ent</source>
        <translation>送付済みにする(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="228"/>
        <source>Mark &amp;failed…</source>
        <translation>不着にする(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="229"/>
        <source>Print &amp;today&apos;s letters…</source>
        <translation>本日分の書面を印刷(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="230"/>
        <source>Mark pr&amp;inted</source>
        <translation>印刷済みにする(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="231"/>
        <source>Mark p&amp;osted…</source>
        <translation>投函済みにする(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="233"/>
        <source>Send &amp;due e-mail</source>
        <translation>送信予定のメールを送信(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="270"/>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="286"/>
        <source>Choose a letter or notice first.</source>
        <translation>先に書面・通知を選んでください。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="278"/>
        <source>Mark failed</source>
        <translation>不着にする</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="279"/>
        <source>Why did it fail (e.g. returned: addressee unknown)?</source>
        <translation>不着の理由（例: 宛所に尋ねあたらず返送）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="296"/>
        <source>No. {id} is now marked {status}.</source>
        <translation>番号 {id} を「{status}」にしました。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="308"/>
        <source>Letters waiting to be printed: {count}.</source>
        <translation>印刷待ちの書面: {count} 通。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="312"/>
        <source>No batch printed yet.</source>
        <translation>郵送バッチはまだありません。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="315"/>
        <source>saved, not yet marked printed</source>
        <translation>保存済み・未印刷</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="316"/>
        <source>printed {when}, not yet posted</source>
        <translation>{when} 印刷済み・未投函</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="318"/>
        <source>posted {when}</source>
        <translation>{when} 投函済み</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="321"/>
        <source>Newest batch: No. {id} of {day}, {count} letter(s), {state}.</source>
        <translation>最新の郵送バッチ: 第 {id} 号（{day}分、{count} 通、{state}）。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="334"/>
        <source>Save the letters to print</source>
        <translation>印刷する書面の保存</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="335"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="341"/>
        <source>Mark posted</source>
        <translation>投函済みにする</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="342"/>
        <source>Mark batch No. {id} posted? Its {count} letter(s) count as sent from now, and cooling-off periods run from now.</source>
        <translation>郵送バッチ第 {id} 号を投函済みにしますか？ {count} 通の書面は今の時点で送付済みとなり、待機期間もここから始まります。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="370"/>
        <source>The letters could not be saved ({error}). Choose another folder and print again: the same batch is saved.</source>
        <translation>書面を保存できませんでした（{error}）。別のフォルダーを選んでもう一度印刷してください。同じ郵送バッチを保存します。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="375"/>
        <source>Batch No. {id}: {count} letter(s) saved to {path}. Print them, then mark the batch printed.</source>
        <translation>郵送バッチ第 {id} 号（{count} 通）を {path} に保存しました。印刷したら、印刷済みにしてください。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="400"/>
        <source>Batch No. {id} is marked posted: its {count} letter(s) are sent.</source>
        <translation>郵送バッチ第 {id} 号を投函済みにしました。{count} 通の書面は送付済みです。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="402"/>
        <source>Batch No. {id} is marked printed. Mark it posted once it is in the post.</source>
        <translation>郵送バッチ第 {id} 号を印刷済みにしました。投函したら投函済みにしてください。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="414"/>
        <source>No e-mail notice is due.</source>
        <translation>送信予定のメール通知はありません。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="417"/>
        <source>{sent} sent, {retrying} to be tried again later, {failed} failed: a failed notice holds the change it tells of. The reasons are in the list.</source>
        <translation>送信 {sent} 件、後で再試行 {retrying} 件、失敗 {failed} 件。失敗した通知に関わる変更は保留されます。理由は一覧にあります。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="423"/>
        <source>{sent} sent, {retrying} to be tried again later.</source>
        <translation>送信 {sent} 件、後で再試行 {retrying} 件。</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <location filename="../../authdesk/gui/approvals/page.py" line="188"/>
        <source>Waiting for approval (oldest first)</source>
        <translation>承認待ち（古い順）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/page.py" line="189"/>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/page.py" line="190"/>
        <source>No request is waiting for approval.</source>
        <translation>承認待ちの依頼はありません。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/page.py" line="191"/>
        <source>Decision</source>
        <translation>判断</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/page.py" line="192"/>
        <source>Your c&amp;ode</source>
        <translation>あなたのコード(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/page.py" line="193"/>
        <source>A fresh 6-digit code from your own authenticator app confirms the approval</source>
        <translation>ご自身の認証アプリの新しい6桁のコードで承認を確定します</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/page.py" line="195"/>
        <source>&amp;Approve</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/page.py" line="196"/>
        <source>R&amp;eason</source>
        <translation>理由(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/page.py" line="197"/>
        <source>why the request is rejected (kept in the audit log; the customer gets a letter)</source>
        <translation>却下の理由（監査ログに記録され、お客様へ書面が届きます）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/page.py" line="199"/>
        <source>Re&amp;ject</source>
        <translation>却下(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/page.py" line="200"/>
        <source>Evidence &amp;pack…</source>
        <translation>証跡パック(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/page.py" line="274"/>
        <source>You opened this request, so another supervisor must approve it (four eyes).</source>
        <translation>この依頼はあなたが作成したため、別のスーパーバイザーが承認する必要があります（二者承認）。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/page.py" line="277"/>
        <source>You made this request&apos;s call-back, so another supervisor must approve it (four eyes).</source>
        <translation>この依頼のコールバックはあなたが行ったため、別のスーパーバイザーが承認する必要があります（二者承認）。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/page.py" line="280"/>
        <source>You checked this request&apos;s documents, so another supervisor must approve it (four eyes).</source>
        <translation>この依頼の書類はあなたが確認したため、別のスーパーバイザーが承認する必要があります（二者承認）。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/page.py" line="326"/>
        <source>Type the 6-digit code from your own authenticator app to approve.</source>
        <translation>承認するには、ご自身の認証アプリの6桁のコードを入力してください。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/page.py" line="385"/>
        <source>✓ Request #{id} approved. The new account takes effect on {when}, after the cooling-off period; a letter goes to the customer&apos;s registered address.</source>
        <translation>✓ 依頼 #{id} を承認しました。新しい口座は待機期間後の {when} に反映されます。お客様の登録住所へ書面をお送りします。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/page.py" line="389"/>
        <source>✓ Request #{id} approved. A letter (and an e-mail) tells the customer; the new account takes effect only after the notice has gone out and the cooling-off period has run from then.</source>
        <translation>✓ 依頼 #{id} を承認しました。お客様には書面（とメール）でお知らせします。新しい口座は、通知を送付してから待機期間が過ぎた後に有効になります。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/page.py" line="393"/>
        <source>Request #{id} rejected; a letter tells the customer.</source>
        <translation>依頼 #{id} を却下しました。お客様へ書面でお知らせします。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/page.py" line="400"/>
        <source>Approvals</source>
        <translation>承認</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/page.py" line="402"/>
        <source>Letters</source>
        <translation>書面</translation>
    </message>
</context>
<context>
    <name>SupervisorQueueModel</name>
    <message>
        <location filename="../../authdesk/gui/approvals/queue.py" line="36"/>
        <source>{days} d {hours} h</source>
        <translation>{days}日 {hours}時間</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/queue.py" line="39"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours}時間 {minutes}分</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/queue.py" line="41"/>
        <source>{minutes} min</source>
        <translation>{minutes}分</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/queue.py" line="65"/>
        <source>Request</source>
        <translation>依頼</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/queue.py" line="65"/>
        <source>Customer</source>
        <translation>お客様</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/queue.py" line="65"/>
        <source>Opened by</source>
        <translation>作成者</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/queue.py" line="65"/>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/queue.py" line="66"/>
        <source>Holder name</source>
        <translation>口座名義</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/queue.py" line="66"/>
        <source>Waiting</source>
        <translation>待ち時間</translation>
    </message>
</context>
<context>
    <name>WithdrawalLockBox</name>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="208"/>
        <source>Withdrawal-account lock:</source>
        <translation>出金口座ロック：</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="209"/>
        <source>Lock account changes…</source>
        <translation>変更をロック…</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="210"/>
        <source>Request unlock…</source>
        <translation>ロック解除の申出…</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="211"/>
        <source>Photo ID…</source>
        <translation>本人確認書類…</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="212"/>
        <source>Call-back…</source>
        <translation>コールバック…</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="213"/>
        <source>Approve unlock…</source>
        <translation>ロック解除を承認…</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="249"/>
        <source>Changes locked</source>
        <translation>変更ロック中</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="255"/>
        <source>Not locked</source>
        <translation>ロックなし</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="260"/>
        <source>The customer can ask, on a verified call, to lock changes of their withdrawal account.</source>
        <translation>お客様は、本人確認済みの通話で、出金口座の変更のロックを申し出ることができます。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="281"/>
        <source>Since {when} ({who})</source>
        <translation>{when}から（{who}）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="285"/>
        <source>✓ Photo ID</source>
        <translation>✓ 本人確認書類</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="286"/>
        <source>✗ Photo ID</source>
        <translation>✗ 本人確認書類</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="287"/>
        <source>✓ Call-back</source>
        <translation>✓ コールバック</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="288"/>
        <source>✗ Call-back</source>
        <translation>✗ コールバック</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="289"/>
        <source>unlock requested</source>
        <translation>解除の申出あり</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="290"/>
        <source>waiting for a supervisor</source>
        <translation>スーパーバイザーの承認待ち</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="294"/>
        <source>Locked on {when} by {who}.</source>
        <translation>{when}に{who}がロックしました。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="297"/>
        <source>Customer&apos;s words: {reason}</source>
        <translation>お客様のお話：{reason}</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="299"/>
        <source>No change can be opened or approved while locked.</source>
        <translation>ロック中は変更依頼の起票も承認もできません。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="301"/>
        <source>Unlock requested on {when} by {who}: {reason}</source>
        <translation>{when}に{who}が解除の申出を受付：{reason}</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="305"/>
        <source>✓ Photo ID: {kind}, checked by {who}</source>
        <translation>✓ 本人確認書類：{kind}（確認：{who}）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="308"/>
        <source>✗ Photo ID: not yet checked</source>
        <translation>✗ 本人確認書類：未確認</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="310"/>
        <source>✓ Call-back to {phone} by {who}</source>
        <translation>✓ {phone}へのコールバック（{who}）</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="313"/>
        <source>✗ Call-back to the registered phone: not yet made</source>
        <translation>✗ 登録電話番号へのコールバック：未実施</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="315"/>
        <source>Waiting for a supervisor who took no part to approve.</source>
        <translation>手続きに関わっていないスーパーバイザーの承認待ちです。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="354"/>
        <source>Changes of the withdrawal account are locked. A letter tells the customer.</source>
        <translation>出金口座の変更をロックしました。お客様には書面でお知らせします。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="359"/>
        <source>Still open: {references}. If the customer did not ask for it, cancel it by its reference now.</source>
        <translation>未完了の変更依頼があります：{references}。お客様に覚えがない場合は、ただちにお問い合わせ番号で取り消してください。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="380"/>
        <source>The request to lift the lock is recorded. Next: the photo ID and the call-back.</source>
        <translation>ロック解除の申出を記録しました。次は本人確認書類の確認とコールバックです。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="396"/>
        <source>The photo ID is recorded for lifting the lock.</source>
        <translation>ロック解除のための本人確認書類を記録しました。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="414"/>
        <source>The call-back is recorded for lifting the lock.</source>
        <translation>ロック解除のためのコールバックを記録しました。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="430"/>
        <source>Type the 6-digit code from your own authenticator app to approve.</source>
        <translation>承認するには、ご自身の認証アプリの6桁のコードを入力してください。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="438"/>
        <source>The lock is lifted. A letter tells the customer.</source>
        <translation>ロックを解除しました。お客様には書面でお知らせします。</translation>
    </message>
</context>
<context>
    <name>WrapUpDialog</name>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="109"/>
        <source>Wrap up the mail item</source>
        <translation>郵送物の後処理</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="110"/>
        <source>Wrap up the call</source>
        <translation>通話の後処理</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="112"/>
        <source>Mail item taken at {time} · customer {number}</source>
        <translation>{time} に受け付けた郵送物・お客様 {number}</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="114"/>
        <source>Mail item taken at {time}</source>
        <translation>{time} に受け付けた郵送物</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="116"/>
        <source>Call taken at {time} · customer {number}</source>
        <translation>{time} に受けた通話・お客様 {number}</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="118"/>
        <source>Call taken at {time}</source>
        <translation>{time} に受けた通話</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="120"/>
        <source>How did it end? The outcome and the note are kept with the mail item and shown on the customer&apos;s record.</source>
        <translation>どのように終わりましたか。結果とメモは郵送物とともに保存され、お客様の記録に表示されます。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="122"/>
        <source>How did it end? The outcome and the note are kept with the call and shown on the customer&apos;s record.</source>
        <translation>どのように終わりましたか。結果とメモは通話とともに保存され、お客様の記録に表示されます。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="125"/>
        <source>Wrap up the open call before taking the next caller.</source>
        <translation>次のお客様を受け付ける前に、受付中の通話の後処理をしてください。</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="127"/>
        <source>&amp;Outcome</source>
        <translation>結果(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="128"/>
        <source>Choose how it ended…</source>
        <translation>結果を選んでください…</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="131"/>
        <source>&amp;Note</source>
        <translation>メモ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="132"/>
        <source>What was done or agreed, in a few words</source>
        <translation>対応した内容や約束したことを簡潔に</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="133"/>
        <source>&amp;Wrap up and take the next caller</source>
        <translation>後処理して次のお客様へ(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="134"/>
        <source>&amp;Wrap up</source>
        <translation>後処理を終える(&amp;W)</translation>
    </message>
</context>
</TS>
