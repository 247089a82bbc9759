<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddStaffDialog</name>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="191"/>
        <source>Add a staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="207"/>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="208"/>
        <source>&amp;Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="209"/>
        <source>&amp;Employee number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="210"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="211"/>
        <source>First &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="212"/>
        <source>&amp;Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="213"/>
        <source>Tell the new staff member this password in person. They add their authenticator app from the QR code shown next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="219"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="234"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentChangeForm</name>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="452"/>
        <source>Change withdrawal account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="454"/>
        <source>Account t&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="476"/>
        <source>Record call-bac&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="477"/>
        <source>Send &amp;to a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="522"/>
        <source>Checking whether a change can be made…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="453"/>
        <source>&amp;Bank code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="453"/>
        <source>B&amp;ranch code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="454"/>
        <source>Account &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="455"/>
        <source>Why they &amp;differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="455"/>
        <source>Hold&amp;er name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="456"/>
        <source>Request came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="456"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="463"/>
        <source>4 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="464"/>
        <source>3 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="465"/>
        <source>7 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="466"/>
        <source>katakana, as on the account, e.g. ﾐﾎﾝ ﾀﾛｳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="467"/>
        <source>e.g. the bank writes the long vowel differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="469"/>
        <source>optional, for the supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="470"/>
        <source>Next: check the ris&amp;k →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="471"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="472"/>
        <source>Evidence this risk requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="473"/>
        <source>Call-back to the registered phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="474"/>
        <source>what the customer confirmed on the call-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="486"/>
        <source>1 New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="486"/>
        <source>2 Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="486"/>
        <source>3 Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="515"/>
        <source>Find and open the customer&apos;s record first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="517"/>
        <source>Your role cannot open change requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="536"/>
        <source>Go to &amp;identity verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="538"/>
        <source>&amp;Take the caller now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="552"/>
        <source>— (no open call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="554"/>
        <source>in this call ({channel})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="598"/>
        <source>✗ not in the Zengin bank list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="605"/>
        <source>✗ no such branch at {bank}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="737"/>
        <source>Request #{id} — {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="740"/>
        <source>New account: {bank} {branch}, {type} {number}, holder {holder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="747"/>
        <source>Risk: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="760"/>
        <source>Call the customer back on the registered number ({phone}), dialled from the record, never a number the caller gives. Confirm the request, then note what was said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="764"/>
        <source>✓ Call-back made by {who} at {when}: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="785"/>
        <source>Nothing beyond the supervisor&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="787"/>
        <source>Complete: the request can go to a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="794"/>
        <source>No documents checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="802"/>
        <source>failed: {checks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="804"/>
        <source>expires {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="821"/>
        <source>The {document} was saved and passed every check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="823"/>
        <source>The {document} was saved but did not pass every check, so it does not count as evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="846"/>
        <source>The call-back was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="894"/>
        <source>✓ Request #{id} was sent to a supervisor for approval.

Tell the customer: another member of staff will check the request. A letter goes to the registered address, and the new account is used only after the approval and a cooling-off period; until then the customer can cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="899"/>
        <source>Request #{id} is {status}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentCustomerSearch</name>
    <message>
        <location filename="../../authdesk/gui/customers/search.py" line="139"/>
        <source>&amp;Find a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/search.py" line="140"/>
        <source>Number, name in kana or kanji, or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/search.py" line="141"/>
        <source>Type and pause; ↑ ↓ choose, Enter opens the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/search.py" line="176"/>
        <source>No customer found. Check the number or the spelling with the caller.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentDocumentForm</name>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="164"/>
        <source>Check a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="167"/>
        <source>&amp;Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="169"/>
        <source>N&amp;umber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="171"/>
        <source>as printed; spaces and hyphens are fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="172"/>
        <source>&amp;MRZ line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="174"/>
        <source>the 44 characters of the second line at the bottom of the photo page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="176"/>
        <source>E&amp;xpiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="179"/>
        <source>no expiry date printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="180"/>
        <source>Compared with the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="181"/>
        <source>&amp;Name matches the registered name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="182"/>
        <source>Date of &amp;birth matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="196"/>
        <source>Name, date of birth, address, number, expiry: phone, mail, branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="197"/>
        <source>Photo: mail (on the copy), branch (the person at the counter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="178"/>
        <source>YYYY/MM/DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="183"/>
        <source>Add&amp;ress matches the registered address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="185"/>
        <source>Ph&amp;oto present on the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="186"/>
        <source>Ph&amp;oto present and it is the person at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="188"/>
        <source>By phone the caller reads the document out: compare what they read. Its photo cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="190"/>
        <source>By mail: check the copy, including its photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="191"/>
        <source>At the branch counter: check the original, and that its photo is the person in front of you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="198"/>
        <source>Save this docum&amp;ent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="263"/>
        <source>The expiry is not a date: write it as YYYY/MM/DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="274"/>
        <source>✓ Passes every check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="276"/>
        <source>✗ Fails: {checks}. It can be saved, but it will not count as evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="280"/>
        <source>✗ Does not pass every check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="290"/>
        <source>A My Number has 12 digits ({count} typed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="294"/>
        <source>✓ Check digit correct. The My Number itself is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="297"/>
        <source>✗ The check digit does not match: ask the customer to read the number again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="312"/>
        <source>This document has no check digit to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="315"/>
        <source>✓ The number has the right form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="317"/>
        <source>✗ The number does not have the right form or does not match the MRZ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="320"/>
        <source>✗ The number does not have the right form for this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/documents.py" line="333"/>
        <source>✓ Every MRZ check digit is correct: passport {number}, expires {expiry}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentNameMatchView</name>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="123"/>
        <source>Registered name (normalised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="124"/>
        <source>Account holder (normalised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="161"/>
        <source>Type the holder name as written on the account (katakana).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="164"/>
        <source>✓ Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="165"/>
        <source>≈ Close match — {rule}. Write down why they differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/change.py" line="166"/>
        <source>✗ No match — the account must be in the customer&apos;s own name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentPage</name>
    <message>
        <location filename="../../authdesk/gui/customers/page.py" line="206"/>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/page.py" line="206"/>
        <source>&amp;Verify identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/page.py" line="207"/>
        <source>Change &amp;withdrawal account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/page.py" line="208"/>
        <source>&amp;Authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/page.py" line="211"/>
        <source>Other kinds of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/page.py" line="214"/>
        <source>Take the caller first (New caller, Ctrl+N). Then find the record: type a customer number, a name in kana or kanji, or a phone number, then press Enter.

Ctrl+F comes back to the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/page.py" line="219"/>
        <source>Find the caller&apos;s record: type a customer number, a name in kana or kanji, or a phone number, then press Enter.

Ctrl+F comes back to the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/page.py" line="222"/>
        <source>Back to the customer search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/page.py" line="417"/>
        <source>Authenticator: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/page.py" line="423"/>
        <source>✓ Verified · {left} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/page.py" line="427"/>
        <source>Not verified on this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/page.py" line="434"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentProfilePanel</name>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="257"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="258"/>
        <source>Name (kana)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="259"/>
        <source>Customer no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="260"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="261"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="262"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="263"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="264"/>
        <source>Account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="268"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="269"/>
        <source>Withdrawal account now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="270"/>
        <source>Contact details changed recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="271"/>
        <source>Recent change requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="272"/>
        <source>Cancel by reference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="273"/>
        <source>Recent calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="274"/>
        <source>No calls about this customer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="284"/>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="284"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="285"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="285"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="286"/>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="288"/>
        <source>Show…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="289"/>
        <source>Show the full {field}; asks for a reason, which is audited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="326"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="353"/>
        <source>{field} changed {when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="359"/>
        <source>None in the recent window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="368"/>
        <source>#{id} was rejected on {when}. Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="370"/>
        <source>#{id} was cancelled on {when}. Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="398"/>
        <source>The full {field} is shown for two minutes; this was recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentRecentCallsModel</name>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="74"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="74"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="74"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="74"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="75"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentRecentRequestsModel</name>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="53"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="53"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="53"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentSearchModel</name>
    <message>
        <location filename="../../authdesk/gui/customers/search.py" line="66"/>
        <source>{number}  {name}
{kana} · {phone} · {factor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/search.py" line="70"/>
        <source>Born {birth} · {address}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentTexts</name>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="21"/>
        <source>no authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="22"/>
        <source>waiting for activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="23"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="24"/>
        <source>LOCKED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="25"/>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="36"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="37"/>
        <source>waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="38"/>
        <source>approved (cooling-off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="39"/>
        <source>in effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="40"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="41"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="42"/>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="49"/>
        <source>LOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="50"/>
        <source>MEDIUM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="51"/>
        <source>HIGH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="62"/>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="63"/>
        <source>Close match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="64"/>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="77"/>
        <source>spelling variant (voiced marks, long vowels, ヅ/ズ, ヂ/ジ, ヲ/オ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="79"/>
        <source>family and given name in the other order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="80"/>
        <source>one character different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="87"/>
        <source>My Number card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="88"/>
        <source>Driver&apos;s licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="89"/>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="90"/>
        <source>Residence card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="91"/>
        <source>Health insurance card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="92"/>
        <source>Proof of bank account (cash card, passbook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="100"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="101"/>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="102"/>
        <location filename="../../authdesk/gui/kit/texts.py" line="183"/>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="103"/>
        <source>not expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="104"/>
        <source>number / check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="105"/>
        <source>photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="112"/>
        <source>ordinary (普通)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="113"/>
        <source>current (当座)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="114"/>
        <source>savings (貯蓄)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="121"/>
        <source>by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="122"/>
        <source>by mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="123"/>
        <source>letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="124"/>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="132"/>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="133"/>
        <source>mail item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="141"/>
        <source>still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="143"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="144"/>
        <source>Change request opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="145"/>
        <source>Follow-up needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="146"/>
        <source>Caller could not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="147"/>
        <source>Change cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="148"/>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="149"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="150"/>
        <source>Cut off (the session ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="157"/>
        <source>authenticator activation letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="158"/>
        <source>change approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="159"/>
        <source>change rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="160"/>
        <source>change cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="161"/>
        <source>withdrawal account changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="163"/>
        <source>authenticator activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="164"/>
        <source>authenticator locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="165"/>
        <source>authenticator unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="166"/>
        <source>authenticator re-enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="167"/>
        <source>contact details changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="174"/>
        <source>to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="175"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="176"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="184"/>
        <source>postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="185"/>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="186"/>
        <source>e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="193"/>
        <source>6-digit code from the customer&apos;s authenticator app (TOTP step-up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="209"/>
        <source>{first} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="210"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="212"/>
        <source>The customer&apos;s {fields} changed in the last {days} days; fraud often starts with a contact change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="229"/>
        <source>The customer&apos;s authenticator was unlocked, revoked or re-enrolled in the last {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="278"/>
        <source>{count} strong identity documents that passed every check, one of them a photo ID (two non-photo documents of different kinds count as one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="282"/>
        <source>{count} strong identity documents that passed every check (two non-photo documents of different kinds count as one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="226"/>
        <source>The customer&apos;s authenticator is locked after repeated wrong codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="218"/>
        <source>Wrong authenticator codes in the last {days} days: {wrong}; verifications made void: {void}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="221"/>
        <source>Wrong authenticator codes in the last {days} days: {wrong}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="233"/>
        <source>The account holder name is only a close match to the registered name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="236"/>
        <source>The new account is named in another customer&apos;s change request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="239"/>
        <source>The new account was in an earlier request of this customer that was rejected, cancelled or expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="242"/>
        <source>Other change requests of this customer in the last {days} days: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="246"/>
        <source>The customer has no active authenticator, so documents and a call-back to the registered phone are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="250"/>
        <source>The request came by mail, so documents and a call-back to the registered phone are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="253"/>
        <source>Nothing unusual was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="264"/>
        <source>a fresh authenticator code from the customer, checked by the agent who opened the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="267"/>
        <source>a call-back to the customer&apos;s registered phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="270"/>
        <location filename="../../authdesk/gui/kit/texts.py" line="273"/>
        <source>a photo ID that passed every check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="274"/>
        <source>a strong identity document that passed every check (two non-photo documents of different kinds count as one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/texts.py" line="286"/>
        <source>a proof of the new bank account that passed every check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentUnmaskDialog</name>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="99"/>
        <source>Show the full {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="101"/>
        <source>The full {field} is shown only with a reason, and the reason is kept in the audit log with your name. Why do you need it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="103"/>
        <source>e.g. checking the address on the caller&apos;s driver&apos;s licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/profile.py" line="104"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentVerifyPanel</name>
    <message>
        <location filename="../../authdesk/gui/customers/verify.py" line="137"/>
        <source>Verify identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/verify.py" line="139"/>
        <source>Ask the customer to open their authenticator app and read out the 6-digit code shown for AuthDesk. The code is checked as soon as the sixth digit is typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/verify.py" line="142"/>
        <source>6 digits; full-width digits are fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/verify.py" line="143"/>
        <source>Start a &amp;new verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/verify.py" line="141"/>
        <source>Customer&apos;s c&amp;ode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/verify.py" line="144"/>
        <source>Chan&amp;ge withdrawal account →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/verify.py" line="145"/>
        <source>&amp;Take the caller now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/verify.py" line="203"/>
        <source>The verification is no longer fresh. Ask for a new code before making a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/verify.py" line="207"/>
        <source>Verified · fresh for {left} (until {until})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/verify.py" line="302"/>
        <source>✓ Verified: the code is correct. You may now go on with the customer&apos;s request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertQueueModel</name>
    <message>
        <location filename="../../authdesk/gui/alerts/model.py" line="24"/>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/model.py" line="24"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/model.py" line="24"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/model.py" line="24"/>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/model.py" line="25"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertRules</name>
    <message>
        <location filename="../../authdesk/gui/kit/alertrules.py" line="15"/>
        <source>Many records opened without calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/alertrules.py" line="16"/>
        <source>Unmasked outside a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/alertrules.py" line="17"/>
        <source>Activity outside working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/alertrules.py" line="18"/>
        <source>Name search outside a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/alertrules.py" line="19"/>
        <source>One new account for several customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/alertrules.py" line="20"/>
        <source>Repeated holder-name mismatches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/alertrules.py" line="21"/>
        <source>One approver for most of an agent&apos;s requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/alertrules.py" line="23"/>
        <source>Wrong codes for one customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/alertrules.py" line="24"/>
        <source>Wrong codes at one workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/alertrules.py" line="25"/>
        <source>Account change soon after a reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/alertrules.py" line="26"/>
        <source>A customer notice could not be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="33"/>
        <source>{who} opened or unmasked {records} customer records in {minutes} minutes that none of their calls or verifications explain (the policy allows {threshold}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="37"/>
        <source>{who} unmasked a field ({field}) of customer {customer} in a call about another customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="40"/>
        <source>{who} unmasked a field ({field}) of customer {customer} with no call open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="43"/>
        <source>{who} worked at {at} (Japan time), outside the working hours of {start}:00 to {end}:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="46"/>
        <source>{who} searched customers by name ({query}) with no call open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="50"/>
        <source>The bank account {account} was named as the new withdrawal account of different customers ({customers}) within {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="54"/>
        <source>{count} requests from {who} in {days} days named an account holder that only nearly matched or did not match the customer (the policy allows {threshold}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="58"/>
        <source>{who} approved {approved} of the {total} approved requests of {agent} in {days} days ({share}%; the policy&apos;s limit is {threshold}%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="63"/>
        <source>{count} wrong codes were entered for {who} within {hours} hours (by {agents}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="66"/>
        <source>{count} wrong codes were entered at {who} within {hours} hour, for {customers} customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="70"/>
        <source>A withdrawal-account change was requested for {who} within {days} days of: {changes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="73"/>
        <source>The notice {notification} of request {request} to {who} could not be sent; the change waits until the customer has been told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="85"/>
        <source>Ask what the records were needed for. Browsing customers&apos; data without a caller may be a leak; escalate if there is no good reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="88"/>
        <source>Read the reason given in the event. If there was no contact with the customer, ask why the full value was needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="91"/>
        <source>Confirm the shift (overtime, an agreed call-back). Unplanned work on customer data at night needs an explanation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="94"/>
        <source>Ask who was being looked for and why. Looking people up by name without a caller may be curiosity or gathering data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="97"/>
        <source>A typical sign of fraud: hold the requests, call each customer back at the registered number, and escalate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="100"/>
        <source>Review the requests and the reasons written for close matches. Trying names until one passes is a warning sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="103"/>
        <source>Spread approvals across supervisors and check the approved requests of this pair with a second person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="106"/>
        <source>Someone may be guessing codes or relaying a phishing session. Call the customer back at the registered number before any change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="109"/>
        <source>Check who used the workstation and whether codes were being guessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="112"/>
        <source>Account takeovers often begin with new contact details or a new authenticator. Confirm by letter to the registered address and a call-back before approving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="116"/>
        <source>Check the registered address or e-mail, send the notice again and call the customer. The change must not take effect before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="125"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="126"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="127"/>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="136"/>
        <source>staff member {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="138"/>
        <source>customer {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="140"/>
        <source>workstation {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="142"/>
        <source>bank account {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="215"/>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="216"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="217"/>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="218"/>
        <source>Latest event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="219"/>
        <source>Handled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="220"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="221"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="222"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="223"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="224"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="225"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="254"/>
        <source>Events behind it ({shown} of {count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="210"/>
        <source>Alerts (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="211"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="212"/>
        <source>No alert is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="213"/>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="214"/>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="215"/>
        <source>what you found or did (kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="216"/>
        <source>Ac&amp;knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="217"/>
        <source>Close the alert: it was looked into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="218"/>
        <source>Esc&amp;alate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="219"/>
        <source>Hand the alert on to compliance; it stays in the queue until acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="312"/>
        <source>This alert is about you, so another supervisor must handle it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="340"/>
        <source>Write a note first: what you found or did, or why you escalate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="378"/>
        <source>✓ Alert #{id} acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="380"/>
        <source>Alert #{id} escalated; it stays in the queue until acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="386"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApproveUnlockDialog</name>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="137"/>
        <source>Approve lifting the lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="139"/>
        <source>The photo ID and the call-back are recorded. Approving lifts the lock now and a letter tells the customer. Type the 6-digit code from your own authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="141"/>
        <source>Approve unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="23"/>
        <source>Installation set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="24"/>
        <source>Signing key exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="25"/>
        <source>Signing key imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="26"/>
        <source>Signing key replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="27"/>
        <source>Policy changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="28"/>
        <source>Staff member added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="29"/>
        <source>Staff member disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="30"/>
        <source>Staff roles changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="31"/>
        <source>Staff account unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="32"/>
        <source>Staff authenticator reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="33"/>
        <source>Staff password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="34"/>
        <source>Staff account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="155"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="35"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="36"/>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="37"/>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="38"/>
        <source>Screen locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="39"/>
        <source>Screen unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="40"/>
        <source>Screen unlock failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="41"/>
        <source>Code confirmed for an approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="42"/>
        <source>Code for an approval failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="43"/>
        <source>Access refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="44"/>
        <source>Call taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="45"/>
        <source>Call closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="46"/>
        <source>Customer added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="47"/>
        <source>Customers imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="48"/>
        <source>Batch of customers imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="49"/>
        <source>Customer import refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="102"/>
        <source>Alert acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="103"/>
        <source>Alert escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="105"/>
        <source>Letter batch made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="106"/>
        <source>Letter batch saved for printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="107"/>
        <source>Letter batch marked printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="108"/>
        <source>Letter batch marked posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="109"/>
        <source>Firm name or phone changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="111"/>
        <source>E-mail attempt failed (will retry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="113"/>
        <source>Notice out: cooling-off started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="115"/>
        <source>SMTP password stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="117"/>
        <source>Withdrawal lock placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="118"/>
        <source>Withdrawal unlock requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="120"/>
        <source>Unlock: photo ID recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="122"/>
        <source>Unlock: call-back recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="124"/>
        <source>Withdrawal lock lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="125"/>
        <source>Withdrawal lock refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="126"/>
        <source>Reference looked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="128"/>
        <source>Certificate authority created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="129"/>
        <source>Certificate issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="130"/>
        <source>Certificate revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="153"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="50"/>
        <source>Customers searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="151"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="51"/>
        <source>Customer viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="152"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="52"/>
        <source>Customer data unmasked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="154"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="53"/>
        <source>Customer contact changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="54"/>
        <source>Withdrawal account changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="55"/>
        <source>Authenticator registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="57"/>
        <source>Authenticator registration refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="58"/>
        <source>Authenticator activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="60"/>
        <source>Authenticator activation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="62"/>
        <source>Authenticator activation refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="64"/>
        <source>Authenticator activation code reused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="65"/>
        <source>Authenticator locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="161"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="66"/>
        <source>Authenticator unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="67"/>
        <source>Authenticator unlock refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="160"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="68"/>
        <source>Authenticator revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="69"/>
        <source>Code verification started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="70"/>
        <source>Code verification refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="72"/>
        <source>Code verification succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="159"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="73"/>
        <source>Code verification failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="75"/>
        <source>Code reused in a verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="76"/>
        <source>Identity document checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="156"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="77"/>
        <source>Change request created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="157"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="78"/>
        <source>Change request refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="79"/>
        <source>Call-back recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="80"/>
        <source>Change request submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="81"/>
        <source>Change request viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="158"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="82"/>
        <source>Change request approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="83"/>
        <source>Change request rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="84"/>
        <source>Change request cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="85"/>
        <source>Change request expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="86"/>
        <source>Change took effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="87"/>
        <source>Notice sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="162"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="88"/>
        <source>Notice failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="89"/>
        <source>Audit log signed (checkpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="90"/>
        <source>Audit log verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="91"/>
        <source>Audit log exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="92"/>
        <source>Audit export verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="93"/>
        <source>Audit log searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="94"/>
        <source>Audit witness check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="95"/>
        <source>Upgrade baseline recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="101"/>
        <source>Alert raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="97"/>
        <source>Look-back report exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="99"/>
        <source>Evidence pack written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="171"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="138"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="139"/>
        <source>Typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="173"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="140"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="174"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="141"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="175"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="142"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="186"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="143"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="172"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="144"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="145"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="146"/>
        <source>Last event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="147"/>
        <source>Checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="148"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="176"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="149"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="177"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="150"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="206"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="151"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="152"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="183"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="153"/>
        <source>Authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="154"/>
        <source>Key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="155"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="156"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="157"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="158"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="159"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="160"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="161"/>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="162"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="163"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="164"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="165"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="166"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="194"/>
        <source>Alert rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="195"/>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="196"/>
        <source>Raised by event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="197"/>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="198"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="199"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="201"/>
        <source>Letter batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="202"/>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="203"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="205"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="207"/>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="208"/>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="209"/>
        <source>To the previous contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="210"/>
        <source>Notice went out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="211"/>
        <source>Takes effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="213"/>
        <source>Withdrawal lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="214"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="215"/>
        <source>Open requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="216"/>
        <source>Unlock requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="185"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="167"/>
        <source>Consecutive failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="180"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="168"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="179"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="169"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="178"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="170"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="182"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="171"/>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="172"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="173"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="174"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="181"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="175"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="176"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="177"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="178"/>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="179"/>
        <source>Employee number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="180"/>
        <source>Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="181"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="182"/>
        <source>Account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/texts.py" line="184"/>
        <location filename="../../authdesk/gui/audit/labels.py" line="183"/>
        <source>Wrong codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="184"/>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="185"/>
        <source>Last hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="186"/>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="188"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="189"/>
        <source>Segment from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="190"/>
        <source>File SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="191"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/labels.py" line="192"/>
        <source>PDF SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="306"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="309"/>
        <source>C&amp;ustomer no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="307"/>
        <source>T&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="308"/>
        <source>S&amp;taff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="310"/>
        <source>&amp;Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="311"/>
        <source>Outco&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="312"/>
        <source>username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="313"/>
        <source>for example C0001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="314"/>
        <source>any (e.g. request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="315"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="320"/>
        <source>A&amp;pply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="321"/>
        <source>Cl&amp;ear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="458"/>
        <source>&amp;Verify integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="459"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="460"/>
        <source>Evidence pac&amp;k…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="462"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="473"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="475"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="477"/>
        <source>Events: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="481"/>
        <source>&amp;Refresh ({count} new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="482"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="655"/>
        <source>Verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="667"/>
        <source>Verification cancelled; nothing was concluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="679"/>
        <source>Events and checkpoints intact ({events} events up to #{head}), but the rollback check could not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="688"/>
        <source>Integrity verified: {events} events up to #{head}, {checkpoints} signed checkpoints, all intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="699"/>
        <source>INTEGRITY CHECK FAILED. First bad event: #{seq} — {what}. &lt;a href=&quot;seq:{raw}&quot;&gt;Show event #{seq}&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="710"/>
        <source>TABLES DISAGREE WITH THE AUDIT LOG: {count} row(s) have no event behind their state. First: {first}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="714"/>
        <source>&lt;a href=&quot;seq:{raw}&quot;&gt;Show event #{seq}&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="720"/>
        <source>… and {count} more (authdesk-admin audit verify --json lists them all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="727"/>
        <source>JSON Lines with manifest (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="728"/>
        <source>CSV with manifest (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="730"/>
        <source>Export the filtered audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="744"/>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="766"/>
        <source>Exported {count} events (#{first}–#{last}) to {file}, with its manifest {manifest}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../authdesk/gui/audit/model.py" line="242"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/model.py" line="242"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/model.py" line="242"/>
        <source>Time ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/model.py" line="243"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/model.py" line="244"/>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/model.py" line="244"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/model.py" line="244"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/model.py" line="245"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthDeskError</name>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="4"/>
        <source>A bank code has exactly 4 digits. Please check the code with the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="5"/>
        <source>A branch code has exactly 3 digits. Please check the code with the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="6"/>
        <source>A code has exactly 6 digits. Please ask the customer to read it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="7"/>
        <source>A different supervisor must approve lifting the lock (four eyes): {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="8"/>
        <source>A different supervisor must approve this request (four eyes): {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="9"/>
        <source>A key-file passphrase needs at least {length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="10"/>
        <source>A password needs at least {length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="11"/>
        <source>A stored secret could not be decrypted; it may have been altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="12"/>
        <source>An account number has exactly 7 digits. Please ask the customer to read the whole number again; do not add or drop zeros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="13"/>
        <source>An administrator already exists; sign in as that administrator to add staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="14"/>
        <source>An audit event after event {seq} cannot be read. Run an integrity check (authdesk-admin audit verify) to find the damage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="15"/>
        <source>AuthDesk does not start as database role {role}, because that role can {what}; connect as the application role that &apos;authdesk-admin init --owner-url URL --app-role NAME&apos; sets up (see docs/deployment-database.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="16"/>
        <source>Bank code {code} is not in the Zengin bank list. Please check the code with the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="17"/>
        <source>Batch {batch} has not been marked printed yet, so it cannot be marked posted. Print it and mark it printed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="18"/>
        <source>Batch {batch} was already marked posted on {when}; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="19"/>
        <source>Batch {batch} was already marked printed on {when}; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="20"/>
        <source>Branch code {branch_code} does not exist at {bank_name} (bank code {bank_code}) in the Zengin bank list. Please check the branch with the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="21"/>
        <source>Changes of this customer&apos;s withdrawal account are already locked (since {since}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="22"/>
        <source>Changes of this customer&apos;s withdrawal account are not locked; there is nothing to lift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="23"/>
        <source>Choose how the call ended from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="24"/>
        <source>Customer number {number} is already registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="25"/>
        <source>Employee number {employee_no} already has an active account ({username}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="26"/>
        <source>Enter a fresh code from your own authenticator app to confirm this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="27"/>
        <source>Enter the account holder name in katakana, as written on the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="28"/>
        <source>Enter the expiry date printed on the {document}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="29"/>
        <source>Enter the number printed on the {document}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="30"/>
        <source>Lifting the lock was already requested on {when}. Record its photo ID and call-back; then a supervisor approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="31"/>
        <source>No SMTP server is configured for e-mail notices, so nothing was sent. An administrator sets smtp_host (and smtp_port, smtp_security, smtp_user) in config.toml; see docs/notices.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="32"/>
        <source>No alert {alert_id} was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="33"/>
        <source>No customer {key} was found. Please check the customer number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="34"/>
        <source>No letter or e-mail has reference {reference}. Please ask the customer to read it again from the letter or e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="35"/>
        <source>No secure credential store (OS keyring) is available on this workstation ({backend}). AuthDesk keeps its keys only there. On Windows and macOS it is built in; on Linux start a Secret Service such as GNOME Keyring or KWallet, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="36"/>
        <source>No valid {kind} certificate named {name} was found; nothing was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="37"/>
        <source>No {what} was found for {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="38"/>
        <source>Nothing was recorded: {count} table row(s) differ from the events behind them ({rows}). That is for an investigation (authdesk-admin audit verify), not for a baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="39"/>
        <source>Notice {reference} is not about a change of the withdrawal account, so there is no change to cancel with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="40"/>
        <source>Only {requester}, who opened request {request}, can add to it or submit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="41"/>
        <source>Record the &apos;{check}&apos; check for the {document} before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="42"/>
        <source>Reference {reference} does not add up (its last digit is a check digit). Please ask the customer to read it again, one character at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="43"/>
        <source>Reference {reference} is not about this customer, so nothing can be done with it on this call. Check that the right customer&apos;s record is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="44"/>
        <source>Request {request} is {status}, so it cannot be {action} now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="45"/>
        <source>Staff accounts exist already, so a first administrator cannot be created here. An active administrator adds or re-enables administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="46"/>
        <source>That code is not correct. Enter the current code from your own authenticator app. {attempts_left} attempts left before this session ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="47"/>
        <source>That code is not correct. Please ask the customer to read the code currently shown in the app. {attempts_left} attempts left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="48"/>
        <source>The AuthDesk server cannot be reached ({reason}). Nothing was done. Check the network, then try again; if it persists, tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="49"/>
        <source>The AuthDesk server did not answer in time, and it is not known whether this was done ({reason}). Look at the record before you try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="50"/>
        <source>The AuthDesk server is still working on this action (or was cut off while doing it). Look at the record before you do it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="51"/>
        <source>The AuthDesk server refused the request: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="52"/>
        <source>The AuthDesk server refused this workstation&apos;s certificate ({reason}). Ask IT to enrol the workstation again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="53"/>
        <source>The SMTP password for {user} is not in this machine&apos;s credential store, so nothing was sent. An administrator stores it with &apos;authdesk-admin outbox smtp-password&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="54"/>
        <source>The account holder name contains &apos;{character}&apos;, which bank transfers cannot carry. Please ask the customer how the name is written in katakana on the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="55"/>
        <source>The account holder name does not match the name registered for this customer, so this account cannot be used. The new account must be in the customer&apos;s own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="56"/>
        <source>The account holder name is close to, but not the same as, the registered name. Write down why they differ (for example, how the bank spells the name) before going on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="57"/>
        <source>The account type must be ordinary (普通), current (当座) or savings (貯蓄).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="58"/>
        <source>The action was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="59"/>
        <source>The activation code for this authenticator expired on {expired_on}. A supervisor must re-enroll the customer so that a new letter is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="60"/>
        <source>The application&apos;s database role was not set up: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="61"/>
        <source>The audit signing key of this database was replaced (key {key_id}), and this workstation still holds the old one, so nothing was saved. Ask an administrator for a new key file (authdesk-admin keys export, then keys import here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="62"/>
        <source>The certificate authority&apos;s key is not in this machine&apos;s credential store; issue certificates on the machine where &apos;authdesk-admin ca init&apos; was run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="63"/>
        <source>The change {reference} took effect on {when}, so it can no longer be cancelled. If the customer did not ask for it, pass the call to a supervisor now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="64"/>
        <source>The configuration file {path} cannot be used: {reason}. Fix or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="65"/>
        <source>The configuration names a shared database ({url}). Workstations never connect to it directly: set server_url to the AuthDesk server&apos;s address instead (or AUTHDESK_SERVER_URL), and remove database_url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="66"/>
        <source>The current call is still open. Wrap it up with a note and an outcome before taking the next caller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="67"/>
        <source>The customer file cannot be imported: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="68"/>
        <source>The customer has not asked to lift the lock. Record their request on a call (Request unlock…) before recording its evidence or approving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="69"/>
        <source>The customer import was cancelled; no customer was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="70"/>
        <source>The customer locked changes of their withdrawal account on {since}, so no change can be opened or approved. Lifting the lock needs the customer&apos;s request, a photo ID, a call-back to the registered phone number and a supervisor&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="71"/>
        <source>The customer&apos;s authenticator is locked after too many wrong codes; a supervisor must unlock it after document checks and a call-back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="72"/>
        <source>The customer&apos;s authenticator is not locked (it is {state}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="73"/>
        <source>The customer&apos;s authenticator is not waiting for activation (it is {state}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="74"/>
        <source>The database cannot be reached ({reason}). Check the network and the database address, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="75"/>
        <source>The database has not been set up yet. Run &apos;authdesk-admin init&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="77"/>
        <source>The e-mail text contains a link or an address ({what}). AuthDesk never sends links by e-mail, so this notice was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="78"/>
        <source>The export file {path} could not be written: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="79"/>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="80"/>
        <source>The firm&apos;s name and phone number are not set, so no letter can be printed. An administrator sets them on the Policies page or with &apos;authdesk-admin firm set&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="81"/>
        <source>The firm&apos;s sender address for e-mail notices is not set, so nothing was sent. An administrator sets it on the Policies page or with &apos;authdesk-admin firm set --sender&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="82"/>
        <source>The keys for this database are not in this workstation&apos;s credential store. Ask an administrator to import them (authdesk-admin keys import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="83"/>
        <source>The keys in this workstation&apos;s credential store do not belong to this database (key check failed). Nothing was read or written. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="84"/>
        <source>The lock cannot be lifted yet: a photo ID of the customer (for example a driver&apos;s licence or My Number card) must be checked and pass every check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="85"/>
        <source>The lock cannot be lifted yet: call the customer back on the registered phone number and record what they said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="86"/>
        <source>The passphrase does not open this key file. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="87"/>
        <source>The passport&apos;s machine-readable line is not valid ({check}). Please read the second line at the bottom of the photo page again, or check the passport itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="88"/>
        <source>The period {start} to {end} cannot be reported: {reason}. Give a first date on or before the last date, at most {days} days apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="89"/>
        <source>The registered address changed within the last {days} days, so an activation letter cannot be posted to it: whoever changed the address could receive it. Enrol the customer in branch instead, after checking a photo ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="90"/>
        <source>The request cannot go to a supervisor yet. Still needed: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="91"/>
        <source>The session has ended. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="92"/>
        <source>The session locked after {minutes} idle minutes, so this was not done. Unlock it with your password and code, then do it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="93"/>
        <source>The username {username} is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="94"/>
        <source>The username, password or code is not correct. {attempts_left} attempts left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="95"/>
        <source>The witness directory already holds a different checkpoint at event {seq} ({path}). The database may have been rolled back and regrown; run an integrity check (authdesk-admin audit verify).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="96"/>
        <source>The witness directory {path} could not be written ({reason}); checkpoint {seq} is kept in the database only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="97"/>
        <source>The {what} {path} cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="98"/>
        <source>There are no letters waiting to be printed for {day}; no batch was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="99"/>
        <source>There is no change request {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="100"/>
        <source>There is no letter batch {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="101"/>
        <source>There is no notification {key} in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="102"/>
        <source>There is no open call. Take the caller first (New caller), then do this again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="103"/>
        <source>This account is disabled. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="104"/>
        <source>This account is locked after too many failed sign-ins. Try again in {minutes} minutes or ask an administrator to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="105"/>
        <source>This alert is about your own activity, so another supervisor must handle it (four eyes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="106"/>
        <source>This alert was already {status}, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="107"/>
        <source>This bank account is already registered for customer {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="108"/>
        <source>This bank account is registered for another customer, so it cannot become this customer&apos;s withdrawal account. The new account must be in the customer&apos;s own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="109"/>
        <source>This code was already used. Please wait for the next code and read it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="110"/>
        <source>This customer already has an authenticator ({state}). To issue a new one, a supervisor must re-enroll the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="111"/>
        <source>This customer already has change request {request}, {status}. It must take effect, be rejected or be cancelled before another change is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="112"/>
        <source>This customer has already been asked for {limit} codes in the last {period}. Please try again later, or verify the customer with documents and a call-back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="113"/>
        <source>This customer has an authenticator app. Verify the caller with a code from it in this call before opening a change request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="114"/>
        <source>This customer has an authenticator app. Verify the caller with a code from it in this call first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="115"/>
        <source>This customer has no active authenticator app, so a code cannot be checked. Verify the customer with documents and a call-back to the registered phone number instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="116"/>
        <source>This database was written by a newer version of AuthDesk (schema {found}). Install the newer version on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="117"/>
        <source>This document check was recorded, but it does not count for lifting the lock: it must be a photo ID that passes every check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="118"/>
        <source>This installation has a certificate authority already (since {since}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="119"/>
        <source>This installation has no certificate authority yet. An administrator creates it with &apos;authdesk-admin ca init&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="121"/>
        <source>This key file holds signing key {found}, but the database now signs with key {expected} (the key was rotated). Nothing was imported; export a new key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="123"/>
        <source>This letter is in letter batch {batch}: it is marked sent when the batch is marked posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="125"/>
        <source>This session was opened on another workstation, so it cannot be used here. Please sign in on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="130"/>
        <source>This version of the desktop app works with its embedded database only. In shared mode (server_url) use authdesk-admin on this workstation, or remove server_url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="134"/>
        <source>Workstation {name} has a valid certificate already (serial {serial}). Revoke it first (&apos;authdesk-admin workstation revoke {name}&apos;), then enrol it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="138"/>
        <source>customer number {number} is already registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="139"/>
        <source>customer number {number} is also on line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="140"/>
        <source>expected {expected} values, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="141"/>
        <source>the bank account is already registered for customer {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="142"/>
        <source>the bank account is also on line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="143"/>
        <source>{day} has not come yet: letters are printed for today or an earlier day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="144"/>
        <source>{field}: &apos;{char}&apos; is not kana; write the name in katakana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="146"/>
        <source>{path} could not be written: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="147"/>
        <source>{path} exists already; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="148"/>
        <source>{path} is not an AuthDesk key file ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="76"/>
        <source>The database was not upgraded, and nothing in it was changed: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="120"/>
        <source>This is already the customer&apos;s withdrawal account, so there is nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="122"/>
        <source>This key file holds the keys of database {found}, not of this database ({expected}). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="124"/>
        <source>This notification is already marked {status}; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="126"/>
        <source>This type of document is not accepted. Accepted are: My Number card, driver&apos;s licence, passport, residence card, health insurance card, proof of bank account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="127"/>
        <source>This verification has ended after too many wrong codes. Start a new verification if the customer wants to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="128"/>
        <source>This verification is already complete. Start a new one if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="129"/>
        <source>This verification was started in an earlier call. Start a new verification for the caller on the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="131"/>
        <source>This workstation&apos;s record of the newest audit checkpoint ({path}) is damaged, so deleting the newest events cannot be ruled out here. Restore the file from a backup, or delete it to start a new record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="132"/>
        <source>Too many wrong confirmation codes were entered, so this session has ended. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="133"/>
        <source>Verification {verification_id} does not exist or was started by someone else. Start a new verification for this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="135"/>
        <source>Your account was changed by an administrator (roles, password, authenticator or access), so this session has ended. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="136"/>
        <source>Your account was locked after too many wrong passwords or codes, so this session has ended. Try again later or ask an administrator to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="137"/>
        <source>Your role does not allow this: {operation}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="145"/>
        <source>{field}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthDeskParam</name>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="149"/>
        <source>&apos;letter&apos; or &apos;in_branch&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="153"/>
        <source>a Japanese phone number has 10 or 11 digits starting with 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="154"/>
        <source>a column appears twice in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="155"/>
        <source>a customer number is C followed by 7 digits, e.g. C0001234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="156"/>
        <source>a name is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="157"/>
        <source>a postal code has 7 digits, e.g. 100-0001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="159"/>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="164"/>
        <source>an employee number is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="163"/>
        <source>an employee number has no spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="191"/>
        <source>it holds a dash other than the hyphen key&apos;s &apos;-&apos;; type &apos;-&apos; instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="192"/>
        <source>it holds an invisible character, often copied along with the number; type the number instead of pasting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="256"/>
        <source>use only the letters A-Z, the digits 0-9 and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="162"/>
        <source>an employee number has at most 32 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="150"/>
        <source>(no smtp_user configured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="151"/>
        <source>My Number card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="152"/>
        <source>SMTP password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="158"/>
        <source>a request number starts at 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="160"/>
        <source>an SMTP login needs smtp_security starttls or tls: the password never travels in clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="161"/>
        <source>an e-mail address such as notice@example.co.jp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="165"/>
        <source>at least one role is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="166"/>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="167"/>
        <source>call-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="168"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="169"/>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="170"/>
        <source>checked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="171"/>
        <source>contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="172"/>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="173"/>
        <source>customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="174"/>
        <source>delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="175"/>
        <source>digits and hyphens, 10 or 11 digits starting with 0, e.g. 0120-000-000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="176"/>
        <source>driver&apos;s licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="177"/>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="178"/>
        <source>employee number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="179"/>
        <source>enter a customer number, a name in kana or kanji, or a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="180"/>
        <source>expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="181"/>
        <source>export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="182"/>
        <source>field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="183"/>
        <source>firm name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="184"/>
        <source>firm phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="185"/>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="186"/>
        <source>give all five bank fields or none of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="187"/>
        <source>given a call-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="188"/>
        <source>given more documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="189"/>
        <source>health insurance card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="190"/>
        <source>hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="193"/>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="194"/>
        <source>it is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="195"/>
        <source>it is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="196"/>
        <source>it must have 44 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="197"/>
        <source>its check digit does not match: please read it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="198"/>
        <source>kana name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="199"/>
        <source>manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="200"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="201"/>
        <source>name at least one host name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="202"/>
        <source>name either server_url or database_url, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="203"/>
        <source>name the documents checked and the call-back made to the registered phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="204"/>
        <source>nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="205"/>
        <source>no record has number 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="206"/>
        <source>not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="207"/>
        <source>notification kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="208"/>
        <source>only a signed-in staff member can check documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="209"/>
        <source>only a signed-in staff member can record a call-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="210"/>
        <source>only agent, supervisor, auditor and admin can be given to a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="211"/>
        <source>passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="212"/>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="213"/>
        <source>phone or mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="214"/>
        <source>phone, mail or branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="215"/>
        <source>photo present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="216"/>
        <source>postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="217"/>
        <source>proof of bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="218"/>
        <source>queued, sent or failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="219"/>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="220"/>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="221"/>
        <source>request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="222"/>
        <source>residence card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="223"/>
        <source>roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="224"/>
        <source>say why the authenticator is revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="225"/>
        <source>say why the full value is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="226"/>
        <source>say why the notification failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="227"/>
        <source>search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="228"/>
        <source>sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="229"/>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="230"/>
        <source>sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="231"/>
        <source>smtp_port must be a port number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="232"/>
        <source>smtp_security must be starttls, tls or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="233"/>
        <source>smtp_security none is accepted only for a relay on this machine (localhost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="234"/>
        <source>staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="235"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="236"/>
        <source>the address is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="237"/>
        <source>the address is too long or not printable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="238"/>
        <source>the date is not a possible birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="239"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="240"/>
        <source>the file is neither UTF-8 nor Shift_JIS text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="241"/>
        <source>the kana name is longer than 128 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="242"/>
        <source>the kana name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="243"/>
        <source>the last date is before the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="244"/>
        <source>the name contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="245"/>
        <source>the name is longer than 128 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="246"/>
        <source>the name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="247"/>
        <source>the search has no letters or digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="248"/>
        <source>there is no such date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="249"/>
        <source>there is no such policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="250"/>
        <source>this cannot be left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="251"/>
        <source>this is a notice&apos;s reference (N…), not a request&apos;s (R…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="252"/>
        <source>unexpected character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="253"/>
        <source>use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="254"/>
        <source>use jsonl or csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="255"/>
        <source>use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="257"/>
        <source>username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="258"/>
        <source>withdrawal account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="259"/>
        <source>workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="260"/>
        <source>write the date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="261"/>
        <source>you checked its photo ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="262"/>
        <source>you made its call-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="263"/>
        <source>you took the customer&apos;s request to lift it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="264"/>
        <source>you took the customer&apos;s request under another login</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallDesk</name>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="210"/>
        <source>&amp;New caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="212"/>
        <source>Take the next caller ({keys}): the screen starts again, unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="215"/>
        <source>New &amp;mail item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="217"/>
        <source>Take the next mail item (back office): the screen starts again, unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="218"/>
        <source>&amp;Wrap up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="220"/>
        <source>Close the open call with its outcome and a note ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="227"/>
        <source>No open call · {keys}: New caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="231"/>
        <source>On a mail item since {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="233"/>
        <source>On a call since {time} ({channel})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackDialog</name>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="75"/>
        <source>Call-back for lifting the lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="77"/>
        <source>Call the customer back on the registered phone number ({phone}), never on a number the caller gave. What did the customer confirm?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="79"/>
        <source>e.g. the customer confirmed they asked to lift the lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="80"/>
        <source>Record the call-back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelByReferenceDialog</name>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="514"/>
        <source>Cancel a change by its reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="516"/>
        <source>Ask the customer for the reference printed on the letter or e-mail (for example R0000123-4 or N0000456-8) and look it up. A change can be cancelled until it takes effect, after the caller was verified on this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="519"/>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="521"/>
        <source>R&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="523"/>
        <source>e.g. the customer did not ask for this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="524"/>
        <source>&amp;Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="525"/>
        <source>&amp;Cancel this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="545"/>
        <source>{reference}: change of withdrawal account, {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="547"/>
        <source>New account: {bank} {branch} {type} {number} {holder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="551"/>
        <source>Opened {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="554"/>
        <source>Takes effect {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="556"/>
        <source>Took effect {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="559"/>
        <source>This change can no longer be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="589"/>
        <source>{reference} is cancelled. The old withdrawal account stays in force, and a letter tells the customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DailyBarChart</name>
    <message>
        <location filename="../../authdesk/gui/review/chart.py" line="95"/>
        <source>total {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Damage</name>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="67"/>
        <source>event #{seq} was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="68"/>
        <source>events were deleted at #{seq}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="69"/>
        <source>events were inserted at #{seq}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="70"/>
        <source>events were swapped at #{seq}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="71"/>
        <source>events were reordered at #{seq}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="72"/>
        <source>the newest events were removed after #{seq}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="73"/>
        <source>the log was rolled back to an earlier state (at #{seq})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="75"/>
        <source>the signed checkpoint at #{seq} is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="76"/>
        <source>event #{seq} does not follow the event before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="77"/>
        <source>the log up to #{seq} differs from the checkpoint kept in the witness directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="79"/>
        <source>the witness file for #{seq} is not validly signed by this database&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="81"/>
        <source>the signed checkpoint recorded at #{seq} was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="83"/>
        <source>a signed checkpoint at #{seq} has no checkpoint event in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="85"/>
        <source>events from #{seq} have gone unsigned for longer than the checkpoint interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="88"/>
        <source>damage at #{seq}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../authdesk/gui/review/dashboard.py" line="31"/>
        <source>(no rule named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/dashboard.py" line="78"/>
        <source>Dashboard: the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/dashboard.py" line="79"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/dashboard.py" line="80"/>
        <source>Point at a day to see its numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/dashboard.py" line="103"/>
        <source>Per day in Japan time, {first} to {last}. Counted from the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/dashboard.py" line="105"/>
        <source>Day (Japan time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/dashboard.py" line="107"/>
        <source>Change requests and failed verifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/dashboard.py" line="108"/>
        <source>Number a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/dashboard.py" line="109"/>
        <source>Nothing in these 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/dashboard.py" line="111"/>
        <source>Alerts per rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/dashboard.py" line="111"/>
        <source>Alerts a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/dashboard.py" line="112"/>
        <source>No alerts in these 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/dashboard.py" line="115"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/dashboard.py" line="115"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/dashboard.py" line="116"/>
        <source>Failed verifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/dashboard.py" line="130"/>
        <source>{created} created, {approved} approved, {failures} failed verifications, {alerts} alerts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseFooter</name>
    <message>
        <location filename="../../authdesk/gui/shell/signin.py" line="79"/>
        <source>embedded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/signin.py" line="79"/>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/signin.py" line="80"/>
        <source>Workstation {workstation} · {kind} database {url}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoNotes</name>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="265"/>
        <source>3 wrong codes today; draft needs a photo ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="266"/>
        <source>Activation letter sent; read back the first code to activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="267"/>
        <source>Active authenticator, nothing unusual: try a change request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="268"/>
        <source>Approved, but the e-mail notice was refused: the change is held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="269"/>
        <source>Auditor (read only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="270"/>
        <source>Authenticator locked: a supervisor unlocks it after documents and a call-back, before any change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="271"/>
        <source>Authenticator revoked (phone stolen): documents path with a call-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="272"/>
        <source>Back-office clerk (mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="273"/>
        <source>Call-center agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="274"/>
        <source>Draft whose holder name is a close match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="275"/>
        <source>New account was named in another customer&apos;s request (high risk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="276"/>
        <source>No authenticator and no e-mail: letters only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="277"/>
        <source>No authenticator; mail request with documents, waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="278"/>
        <source>Old authenticator revoked (lost phone); new activation letter sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="279"/>
        <source>Phone changed recently; approved, notices sent, waiting for the cooling-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="280"/>
        <source>Request cancelled at the customer&apos;s call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="281"/>
        <source>Request rejected by a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="282"/>
        <source>Request waiting for approval (low risk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="283"/>
        <source>Staff accounts and policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="284"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="285"/>
        <source>Supervisor; approved 見本 花子&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <location filename="../../authdesk/gui/shell/demo_panel.py" line="88"/>
        <source>DEMO — fake data, deleted when AuthDesk closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/demo_panel.py" line="90"/>
        <source>The authenticator apps of the demo staff and customers, as their phones would show them. Double-click a staff member to fill in the sign-in form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/demo_panel.py" line="94"/>
        <source>Every demo staff password: {password}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/demo_panel.py" line="98"/>
        <source>Whose phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/demo_panel.py" line="98"/>
        <source>Whose phone · notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/demo_panel.py" line="99"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/demo_panel.py" line="99"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/demo_panel.py" line="131"/>
        <source>New codes in %v s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolPanel</name>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="136"/>
        <source>Authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="138"/>
        <source>Writes a PDF to print and post to the registered address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="141"/>
        <source>&amp;Open the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="142"/>
        <source>&amp;Delete the letter file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="143"/>
        <source>After printing: overwrites and removes the file, which holds the customer&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="145"/>
        <source>&amp;Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="137"/>
        <source>Send an activation le&amp;tter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="140"/>
        <source>Set up h&amp;ere (customer in the branch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="146"/>
        <source>F&amp;irst code from the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="187"/>
        <source>State: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="195"/>
        <source>The customer has no authenticator app registered. Send an activation letter to the registered address (the usual way), or, for a customer here in the branch whose identity was checked in person, set it up on screen now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="201"/>
        <source>Let the customer scan the QR code (or type the key) in their app, then type the 6-digit code the app shows. Valid until {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="205"/>
        <source>An activation letter was sent. When the customer calls with the letter in hand and has added the key to their app, ask for the 6-digit code the app shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="208"/>
        <source>The customer can be verified with a code from their app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="213"/>
        <source>As a supervisor you can unlock it once the documents are checked and the call-back is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="216"/>
        <source>The authenticator was revoked; a supervisor must enroll the customer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="224"/>
        <source>Save the activation letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="225"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="249"/>
        <source>The letter could not be written ({error}). A supervisor must enroll the customer again to issue a new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="254"/>
        <source>The letter was written to {path}. Print it and post it to the registered address, then delete the file: it holds the customer&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="292"/>
        <source>✓ The authenticator is active. The customer can now be verified with a code from the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="313"/>
        <source>Delete {path}? Do this only once the letter is printed: the key exists nowhere else, and without it a supervisor must enroll the customer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="324"/>
        <source>The letter file is already gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="327"/>
        <source>The letter file could not be deleted ({error}). Delete {path} by hand: it holds the customer&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="331"/>
        <source>✓ The letter file was overwritten and deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="356"/>
        <source>✓ The authenticator is unlocked; its failure count starts again from zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolUnlockDialog</name>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="50"/>
        <source>Unlock the authenticator of {customer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="52"/>
        <source>Unlock only after checking the customer&apos;s identity documents and calling the customer back on the registered phone number. Name both; the reason is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="55"/>
        <source>e.g. driver&apos;s licence checked; called back on the registered number at 14:05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/enrol.py" line="57"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollmentDialog</name>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="299"/>
        <source>Authenticator app for {username}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="302"/>
        <source>Show this to {username} now: it is shown only once. They scan the QR code (or type the key) in their authenticator app and sign in with its code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollmentPanel</name>
    <message>
        <location filename="../../authdesk/gui/kit/widgets.py" line="197"/>
        <source>1. Open the authenticator app on your phone and add an account.
2. Scan this QR code, or type the key below by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/widgets.py" line="199"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/widgets.py" line="200"/>
        <source>Key for typing by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/widgets.py" line="201"/>
        <source>Time-based, 6 digits, every 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDetail</name>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="186"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="186"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="187"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="187"/>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="188"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="188"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="189"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="189"/>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="190"/>
        <source>Previous hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="193"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="199"/>
        <source>Select an event to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="205"/>
        <source>Event #{seq}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="68"/>
        <source>Event #{seq}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="72"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="73"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="74"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="75"/>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="76"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="77"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/alerts/page.py" line="78"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePack</name>
    <message>
        <location filename="../../authdesk/gui/kit/evidencepack.py" line="23"/>
        <source>Save this request&apos;s evidence pack: a PDF to print, and a JSONL file with its signed manifest that anyone can check with docs/verify_export.py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/evidencepack.py" line="32"/>
        <source>Save the evidence pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/evidencepack.py" line="34"/>
        <source>PDF, with JSONL and manifest beside it (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/evidencepack.py" line="42"/>
        <source>Evidence pack of {reference} saved: {pdf}, with {jsonl} and its signed manifest ({count} events of the request, checkpoint #{seq}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirmPanel</name>
    <message>
        <location filename="../../authdesk/gui/admin/firm.py" line="74"/>
        <source>The firm on letters and in authenticator apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/firm.py" line="75"/>
        <source>Firm &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/firm.py" line="76"/>
        <source>&amp;Phone for customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/firm.py" line="77"/>
        <source>E-mail sen&amp;der</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/firm.py" line="79"/>
        <source>Letters print this name and phone number, never a number from a request or a customer record; customers&apos; authenticator apps show the name. Letters cannot be printed until both are set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/firm.py" line="82"/>
        <source>Save fir&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/firm.py" line="105"/>
        <source>Saved. The change is in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWindow</name>
    <message>
        <location filename="../../authdesk/gui/shell/firstrun.py" line="131"/>
        <source>AuthDesk — First start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/firstrun.py" line="132"/>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/firstrun.py" line="132"/>
        <source>&amp;Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/firstrun.py" line="132"/>
        <source>&amp;Employee number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/firstrun.py" line="133"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/firstrun.py" line="133"/>
        <source>&amp;Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/firstrun.py" line="136"/>
        <source>Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/firstrun.py" line="137"/>
        <source>&amp;Code shown in the app now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/firstrun.py" line="138"/>
        <source>Confirm and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/firstrun.py" line="139"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/firstrun.py" line="141"/>
        <source>Step 2 of 2: your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/firstrun.py" line="143"/>
        <source>Add this account to the authenticator app on your phone. The key is shown only now. Then type the code the app shows to confirm it and sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/firstrun.py" line="146"/>
        <source>Step 1 of 2: the first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/firstrun.py" line="148"/>
        <source>This database has no administrator yet. Create the first one; the administrator then adds the other staff. Passwords need at least 12 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/firstrun.py" line="156"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="144"/>
        <source>Import customers from a CSV file (UTF-8 or Shift_JIS, a header naming the columns). Every row is checked first: if any row is bad, no customer is imported and every bad row is listed with its line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="148"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="147"/>
        <source>Choose a CSV file and &amp;import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="149"/>
        <source>Cop&amp;y the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="150"/>
        <source>Sa&amp;ve the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="159"/>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="168"/>
        <source>Finishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="171"/>
        <source>%p% of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="172"/>
        <source>Rows read: {rows}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="178"/>
        <source>The import was cancelled. No customer was imported; the database is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="185"/>
        <source>Imported {count} customers from {rows} rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="189"/>
        <source>{bad} of {rows} rows are bad, so no customer was imported. Correct the rows below and import the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="195"/>
        <source>The first {shown} are listed; {more} more are not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="213"/>
        <source>Choose the customer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="214"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="236"/>
        <source>Checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="256"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="279"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="304"/>
        <source>Copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="309"/>
        <source>Save the list of bad rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="310"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="325"/>
        <source>The list could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="328"/>
        <source>Saved to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <location filename="../../authdesk/gui/shell/shortcuts.py" line="84"/>
        <source>Next / previous tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/shortcuts.py" line="85"/>
        <source>Tab / Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/shortcuts.py" line="86"/>
        <source>Next / previous field or button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/shortcuts.py" line="87"/>
        <source>Alt + underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/shortcuts.py" line="88"/>
        <source>The field, button, tab or menu with that letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/shortcuts.py" line="90"/>
        <source>Enter in a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/shortcuts.py" line="91"/>
        <source>The next field; in a step&apos;s last field, its action (Next, Save, Send)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/shortcuts.py" line="93"/>
        <source>Enter or Space on a button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/shortcuts.py" line="94"/>
        <source>Presses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/shortcuts.py" line="95"/>
        <source>Space on a check box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/shortcuts.py" line="96"/>
        <source>Ticks it; Enter moves on to the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/shortcuts.py" line="97"/>
        <source>↑ ↓ in the customer search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/shortcuts.py" line="98"/>
        <source>Choose a result; Enter opens it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/shortcuts.py" line="99"/>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/shortcuts.py" line="100"/>
        <source>Closes a dialog or menu without doing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/shortcuts.py" line="103"/>
        <source>Moving around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/shortcuts.py" line="132"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/shortcuts.py" line="134"/>
        <source>Everything on a call can be done from the keyboard. After sign-in and after New caller the cursor is in the customer search; after each step it is on the next action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/shortcuts.py" line="137"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/shortcuts.py" line="137"/>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="708"/>
        <source>Key check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="708"/>
        <source>Key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="709"/>
        <source>Signing public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="710"/>
        <source>Credential store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="710"/>
        <source>Database id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="711"/>
        <source>Newest signed checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="712"/>
        <source>Newest audit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="716"/>
        <source>The keys live only in this workstation&apos;s credential store (OS keyring), never in the database. The key check proves they belong to this database. To move keys to another workstation use &apos;authdesk-admin keys export&apos; and &apos;keys import&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="719"/>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="720"/>
        <source>Keys of this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="742"/>
        <source>OK — the keys in this credential store belong to this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="746"/>
        <source>FAILED — {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="754"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="759"/>
        <source>event #{seq}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockReasonDialog</name>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="52"/>
        <source>Request unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="54"/>
        <source>The customer asks to lift the lock on withdrawal-account changes. Lifting also needs a photo ID, a call-back to the registered phone number and a supervisor&apos;s approval. Why does the customer want it lifted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="57"/>
        <source>e.g. the customer is moving their account to another bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="58"/>
        <source>Record the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="62"/>
        <source>Lock account changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="64"/>
        <source>From now on no change of this customer&apos;s withdrawal account can be opened or approved until the lock is lifted. A letter tells the customer. What did the customer say? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="67"/>
        <source>e.g. the customer received a suspicious e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="68"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../authdesk/gui/shell/lock.py" line="93"/>
        <source>Session locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/lock.py" line="95"/>
        <source>The session of {name} ({username}) was locked. Enter your password and a new code from your authenticator app to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/lock.py" line="98"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/lock.py" line="99"/>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/lock.py" line="100"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/lock.py" line="101"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LookbackTableModel</name>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="46"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="46"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="46"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="46"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="47"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="47"/>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="47"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="48"/>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="48"/>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="48"/>
        <source>Hours to approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="49"/>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="52"/>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="52"/>
        <source>documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="53"/>
        <source>call-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="86"/>
        <source>close name match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="87"/>
        <source>authenticator unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="88"/>
        <source>a step refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="136"/>
        <source>{title} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="234"/>
        <source> [DEMO]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="235"/>
        <source>AuthDesk — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="238"/>
        <source>Your roles give you no screens here. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="240"/>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="241"/>
        <source>&amp;Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="244"/>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="245"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="246"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="247"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="248"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="249"/>
        <source>&amp;About AuthDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="250"/>
        <source>{name} ({username})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="252"/>
        <source>Role: {roles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="254"/>
        <source>Workstation: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="256"/>
        <source>embedded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="256"/>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="257"/>
        <source>Database: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="260"/>
        <source>Demo phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="271"/>
        <source>Session locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="276"/>
        <source>Session: {left} left · idle lock in {idle}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="308"/>
        <source>About AuthDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/mainwindow.py" line="309"/>
        <source>AuthDesk {version}
Identity verification and four-eyes withdrawal-account changes, with a tamper-evident audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../authdesk/gui/kit/messages.py" line="39"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/messages.py" line="49"/>
        <source>Something unexpected went wrong ({kind}). Nothing more was done; please tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/messages.py" line="63"/>
        <source>AuthDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/messages.py" line="72"/>
        <source>Please confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mismatch</name>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="99"/>
        <source>customer {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="100"/>
        <source>staff member {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="101"/>
        <source>policy {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="104"/>
        <source>withdrawal account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="105"/>
        <source>registered address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="106"/>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="107"/>
        <source>e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="108"/>
        <source>registered details (withdrawal account, address, phone or e-mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="110"/>
        <source>authenticator state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="111"/>
        <source>roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="112"/>
        <source>active flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="113"/>
        <source>employee number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="114"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="120"/>
        <source>{row} is in the log (event #{seq}) but not in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="122"/>
        <source>{row} has no event behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="124"/>
        <source>{row}: {what} has no event behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="126"/>
        <source>{row}: {what} differ from the log since event #{seq}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="128"/>
        <source>{row}: {what} differs from the log since event #{seq}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <location filename="../../authdesk/gui/kit/messages.py" line="109"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/messages.py" line="110"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/messages.py" line="111"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="765"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="767"/>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="769"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="771"/>
        <source>Customer import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/audit/page.py" line="773"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/page.py" line="16"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/page.py" line="18"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoIdDialog</name>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="105"/>
        <source>Photo ID for lifting the lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="107"/>
        <source>Check a photo ID of the customer (driver&apos;s licence, My Number card, passport or residence card). Only a photo ID that passes every check counts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoliciesPage</name>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="588"/>
        <source>Selected setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="589"/>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="629"/>
        <source>Allowed: {minimum}–{maximum} {unit}. Default {default}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="648"/>
        <source>Saved. The change is in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyExplanation</name>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="60"/>
        <source>How far the clock of the customer&apos;s phone may be off. One step is 30 seconds: with 1, the code of the previous or the next 30 seconds is accepted too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="64"/>
        <source>How many wrong codes a caller may give in one verification. Then that verification is void and the agent starts a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="67"/>
        <source>After this many wrong codes in a row (on any call, with any agent) the customer&apos;s authenticator locks. Only a supervisor can unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="70"/>
        <source>How many verifications can be started for one customer in an hour. More are refused, so nobody can keep guessing codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="73"/>
        <source>How many verifications can be started for one customer in a day. More are refused, so nobody can keep guessing codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="76"/>
        <source>After a correct code, the agent may open a change request for that customer, on the same call, for this long. Then the code is asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="79"/>
        <source>A supervisor&apos;s own code confirms an approval for this long after it is typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="82"/>
        <source>The code in an authenticator activation letter works for this long after the letter is issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="85"/>
        <source>This many wrong confirmation codes in a row end a staff member&apos;s session; they must sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="88"/>
        <source>This many failed sign-ins in a row lock a staff account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="90"/>
        <source>How long a locked staff account stays locked before its owner can try again. An administrator can unlock it sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="93"/>
        <source>The screen locks after this long without use. The password and a code unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="96"/>
        <source>A session ends after this long even while it is in use; the person signs in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="99"/>
        <source>After approval, the new withdrawal account takes effect only after this wait. Until then the customer can cancel, and the old account stays in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="103"/>
        <source>A change request nobody decides within this time expires; the customer must ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="106"/>
        <source>A change of address, phone number or e-mail address this recent makes a withdrawal-account change riskier, so more evidence is asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="109"/>
        <source>How often, at the least, the audit log is sealed with a signed checkpoint, so that a later change to it is detected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="112"/>
        <source>How long records are kept. The law on preventing money laundering requires at least seven years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="116"/>
        <source>How many times an e-mail notice is tried before it counts as failed. A failed notice holds the change and alerts the supervisors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="119"/>
        <source>The wait after the first failed attempt to send an e-mail notice; each later wait is twice as long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicySpec</name>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="286"/>
        <source>A contact-detail change this recent raises risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="287"/>
        <source>A request left pending expires after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="288"/>
        <source>A request this soon after an authenticator reset or contact change is an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="289"/>
        <source>Absolute session limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="290"/>
        <source>Accepted clock drift either side of now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="291"/>
        <source>Approved requests of the agent in the window before the share counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="292"/>
        <source>Close or no-match holder names from one agent, within the window, before an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="293"/>
        <source>Consecutive failed sign-ins before the account locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="294"/>
        <source>Consecutive failures before the factor locks (supervisor unlock only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="295"/>
        <source>Cooling-off before a new withdrawal account takes effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="296"/>
        <source>Customer records one person opens or unmasks without a call or verification about them, within the window, before an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="297"/>
        <source>Delivery attempts before an e-mail notice has failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="298"/>
        <source>How long a locked staff account stays locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="299"/>
        <source>How long a staff step-up counts as fresh for an approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="300"/>
        <source>How long a successful customer step-up stays fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="301"/>
        <source>How long an activation letter&apos;s code can activate a factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="302"/>
        <source>Idle time before the session locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="303"/>
        <source>Record retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="304"/>
        <source>Requests naming one bank account for different customers this close are an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="305"/>
        <source>Share of one agent&apos;s approved requests approved by one supervisor before an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="306"/>
        <source>Signed audit checkpoint at least this often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="307"/>
        <source>Verifications started per customer in one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="308"/>
        <source>Verifications started per customer in one hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="309"/>
        <source>Wait before the second e-mail attempt (each later wait doubles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="310"/>
        <source>Window of the approver-share alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="311"/>
        <source>Window of the holder-name alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="312"/>
        <source>Window of the record-access alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="313"/>
        <source>Working hours end (activity from then is an alert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="314"/>
        <source>Working hours start (activity before is an alert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="315"/>
        <source>Wrong codes at one workstation within an hour before an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="316"/>
        <source>Wrong codes before one verification is void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="317"/>
        <source>Wrong codes for one customer within a day before an alert (below the factor&apos;s lock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="318"/>
        <source>Wrong confirmation codes in a row before the staff session ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="319"/>
        <source>attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="320"/>
        <source>codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="321"/>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="322"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="323"/>
        <source>hour (Japan time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="324"/>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="325"/>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="326"/>
        <source>percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="327"/>
        <source>requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="328"/>
        <source>time steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="329"/>
        <source>verifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="330"/>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyTableModel</name>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="510"/>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="510"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="510"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="510"/>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="164"/>
        <source>Look-back report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="166"/>
        <source>Every withdrawal-account change request created in a period, and how each was verified: the path, documents, risk, approval, cooling-off, notices, cancellations and exceptions, with totals. Dates are in Japan time and both are included; account numbers are masked. Saving the report is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="170"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="171"/>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="172"/>
        <source>Save as CS&amp;V…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="173"/>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="185"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="186"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="187"/>
        <source>Save the look-back report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="204"/>
        <source>Making the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="223"/>
        <source>The report could not be written to {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="227"/>
        <source>Saved the report of {count} change requests to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/review/reports.py" line="252"/>
        <source>{start} – {end}: {requests} requests, {approved} approved, {cancelled} cancelled, {exceptions} with exceptions; {notices} notices; median time to approval {hours} hours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../authdesk/gui/kit/messages.py" line="90"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/messages.py" line="91"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/messages.py" line="92"/>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/messages.py" line="93"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/messages.py" line="94"/>
        <source>System (scheduled work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/messages.py" line="104"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="264"/>
        <source>Roles of {username}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="274"/>
        <source>{name} ({username}) may work as:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowErrorsModel</name>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="62"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/import_page.py" line="62"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <location filename="../../authdesk/gui/shell/signin.py" line="215"/>
        <source>AuthDesk — Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/signin.py" line="217"/>
        <source>Staff sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/signin.py" line="218"/>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/signin.py" line="220"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/signin.py" line="222"/>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/signin.py" line="224"/>
        <source>The 6-digit code from your own authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/signin.py" line="225"/>
        <location filename="../../authdesk/gui/shell/signin.py" line="264"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/signin.py" line="226"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/signin.py" line="264"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="368"/>
        <source>&amp;Add staff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="369"/>
        <source>&amp;Roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="370"/>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="371"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="372"/>
        <source>Reset au&amp;thenticator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="373"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="419"/>
        <source>{username} was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="437"/>
        <source>The roles of {username} were changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="456"/>
        <source>Disable {username}? They can no longer sign in, and any open session ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="459"/>
        <source>{username} was disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="468"/>
        <source>{username} can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="483"/>
        <source>Reset the authenticator of {username}? Their current app stops working; they must add the new key before they can sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="477"/>
        <source>The authenticator of {username} was reset.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="134"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="134"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="134"/>
        <source>Employee no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="134"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="135"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="135"/>
        <source>Authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="149"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="151"/>
        <source>Locked until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="153"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="154"/>
        <source>Set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/admin/pages.py" line="154"/>
        <source>Not yet used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../authdesk/gui/shell/app.py" line="167"/>
        <source>AuthDesk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/shell/app.py" line="225"/>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorEvidence</name>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="45"/>
        <source>none registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="65"/>
        <source>Request #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="66"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="67"/>
        <source>Request came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="68"/>
        <source>Opened by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="69"/>
        <source>Sent for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="70"/>
        <source>Account now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="71"/>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="72"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="73"/>
        <source>Holder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="74"/>
        <source>Registered (normalised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="75"/>
        <source>Account holder (normalised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="77"/>
        <source>Why close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="78"/>
        <source>Agent’s reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="79"/>
        <source>Identity verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="80"/>
        <source>Verified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="81"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="82"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="83"/>
        <source>Fresh until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="84"/>
        <source>No authenticator code: the documents and call-back path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="86"/>
        <source>Evidence the risk requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="87"/>
        <source>nothing beyond the approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="89"/>
        <source>Still missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="90"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="91"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="92"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="93"/>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="94"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="95"/>
        <source>Checked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="96"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="97"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="98"/>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="99"/>
        <source>Call-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="100"/>
        <source>Made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="101"/>
        <source>Number called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="102"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="103"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="104"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="105"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="106"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="107"/>
        <source>Takes effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="108"/>
        <source>Letters and notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="110"/>
        <source>not yet: waiting for the notice to go out, then the cooling-off period runs from that moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="113"/>
        <source>held: a notice to the customer could not go out, so the change does not take effect (see the outbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/evidence.py" line="116"/>
        <source>to the contact before the recent change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorOutboxModel</name>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="64"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="64"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="64"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="64"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="65"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="65"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="65"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="65"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="66"/>
        <source>Why / next try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="73"/>
        <source>{reason} (after {n} attempts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="77"/>
        <source>Request #{id} is held: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="81"/>
        <source>attempt {n} failed: {reason}; next try {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="101"/>
        <source>{destination} (before the recent change)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorOutboxPage</name>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="220"/>
        <source>Letters and notices to customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="222"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="226"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="221"/>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="227"/>
        <source>Mark s&amp;ent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="228"/>
        <source>Mark &amp;failed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="229"/>
        <source>Print &amp;today&apos;s letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="230"/>
        <source>Mark pr&amp;inted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="231"/>
        <source>Mark p&amp;osted…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="233"/>
        <source>Send &amp;due e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="270"/>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="286"/>
        <source>Choose a letter or notice first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="278"/>
        <source>Mark failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="279"/>
        <source>Why did it fail (e.g. returned: addressee unknown)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="296"/>
        <source>No. {id} is now marked {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="308"/>
        <source>Letters waiting to be printed: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="312"/>
        <source>No batch printed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="315"/>
        <source>saved, not yet marked printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="316"/>
        <source>printed {when}, not yet posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="318"/>
        <source>posted {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="321"/>
        <source>Newest batch: No. {id} of {day}, {count} letter(s), {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="334"/>
        <source>Save the letters to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="335"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="341"/>
        <source>Mark posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="342"/>
        <source>Mark batch No. {id} posted? Its {count} letter(s) count as sent from now, and cooling-off periods run from now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="370"/>
        <source>The letters could not be saved ({error}). Choose another folder and print again: the same batch is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="375"/>
        <source>Batch No. {id}: {count} letter(s) saved to {path}. Print them, then mark the batch printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="400"/>
        <source>Batch No. {id} is marked posted: its {count} letter(s) are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="402"/>
        <source>Batch No. {id} is marked printed. Mark it posted once it is in the post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="414"/>
        <source>No e-mail notice is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="417"/>
        <source>{sent} sent, {retrying} to be tried again later, {failed} failed: a failed notice holds the change it tells of. The reasons are in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/outbox.py" line="423"/>
        <source>{sent} sent, {retrying} to be tried again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <location filename="../../authdesk/gui/approvals/page.py" line="188"/>
        <source>Waiting for approval (oldest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/page.py" line="189"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/page.py" line="190"/>
        <source>No request is waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/page.py" line="191"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/page.py" line="192"/>
        <source>Your c&amp;ode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/page.py" line="193"/>
        <source>A fresh 6-digit code from your own authenticator app confirms the approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/page.py" line="195"/>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/page.py" line="196"/>
        <source>R&amp;eason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/page.py" line="197"/>
        <source>why the request is rejected (kept in the audit log; the customer gets a letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/page.py" line="199"/>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/page.py" line="200"/>
        <source>Evidence &amp;pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/page.py" line="274"/>
        <source>You opened this request, so another supervisor must approve it (four eyes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/page.py" line="277"/>
        <source>You made this request&apos;s call-back, so another supervisor must approve it (four eyes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/page.py" line="280"/>
        <source>You checked this request&apos;s documents, so another supervisor must approve it (four eyes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/page.py" line="326"/>
        <source>Type the 6-digit code from your own authenticator app to approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/page.py" line="385"/>
        <source>✓ Request #{id} approved. The new account takes effect on {when}, after the cooling-off period; a letter goes to the customer&apos;s registered address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/page.py" line="389"/>
        <source>✓ Request #{id} approved. A letter (and an e-mail) tells the customer; the new account takes effect only after the notice has gone out and the cooling-off period has run from then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/page.py" line="393"/>
        <source>Request #{id} rejected; a letter tells the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/page.py" line="400"/>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/page.py" line="402"/>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorQueueModel</name>
    <message>
        <location filename="../../authdesk/gui/approvals/queue.py" line="36"/>
        <source>{days} d {hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/queue.py" line="39"/>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/queue.py" line="41"/>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/queue.py" line="65"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/queue.py" line="65"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/queue.py" line="65"/>
        <source>Opened by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/queue.py" line="65"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/queue.py" line="66"/>
        <source>Holder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/approvals/queue.py" line="66"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WithdrawalLockBox</name>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="208"/>
        <source>Withdrawal-account lock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="209"/>
        <source>Lock account changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="210"/>
        <source>Request unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="211"/>
        <source>Photo ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="212"/>
        <source>Call-back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="213"/>
        <source>Approve unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="249"/>
        <source>Changes locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="255"/>
        <source>Not locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="260"/>
        <source>The customer can ask, on a verified call, to lock changes of their withdrawal account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="281"/>
        <source>Since {when} ({who})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="285"/>
        <source>✓ Photo ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="286"/>
        <source>✗ Photo ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="287"/>
        <source>✓ Call-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="288"/>
        <source>✗ Call-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="289"/>
        <source>unlock requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="290"/>
        <source>waiting for a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="294"/>
        <source>Locked on {when} by {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="297"/>
        <source>Customer&apos;s words: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="299"/>
        <source>No change can be opened or approved while locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="301"/>
        <source>Unlock requested on {when} by {who}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="305"/>
        <source>✓ Photo ID: {kind}, checked by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="308"/>
        <source>✗ Photo ID: not yet checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="310"/>
        <source>✓ Call-back to {phone} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="313"/>
        <source>✗ Call-back to the registered phone: not yet made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="315"/>
        <source>Waiting for a supervisor who took no part to approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="354"/>
        <source>Changes of the withdrawal account are locked. A letter tells the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="359"/>
        <source>Still open: {references}. If the customer did not ask for it, cancel it by its reference now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="380"/>
        <source>The request to lift the lock is recorded. Next: the photo ID and the call-back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="396"/>
        <source>The photo ID is recorded for lifting the lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="414"/>
        <source>The call-back is recorded for lifting the lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="430"/>
        <source>Type the 6-digit code from your own authenticator app to approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/customers/withdrawal.py" line="438"/>
        <source>The lock is lifted. A letter tells the customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrapUpDialog</name>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="109"/>
        <source>Wrap up the mail item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="110"/>
        <source>Wrap up the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="112"/>
        <source>Mail item taken at {time} · customer {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="114"/>
        <source>Mail item taken at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="116"/>
        <source>Call taken at {time} · customer {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="118"/>
        <source>Call taken at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="120"/>
        <source>How did it end? The outcome and the note are kept with the mail item and shown on the customer&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="122"/>
        <source>How did it end? The outcome and the note are kept with the call and shown on the customer&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="125"/>
        <source>Wrap up the open call before taking the next caller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="127"/>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="128"/>
        <source>Choose how it ended…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="131"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="132"/>
        <source>What was done or agreed, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="133"/>
        <source>&amp;Wrap up and take the next caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../authdesk/gui/kit/calls.py" line="134"/>
        <source>&amp;Wrap up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
