// Checks that a Power Query M section document (a connector's .pq) parses, with
// Microsoft's own M parser (npm @microsoft/powerquery-parser).
//
//   node tests/connector/check-m.mjs Contoso.pq
//
// Exit 0 and one JSON line on stdout: {"section": name, "members": [names...],
// "textLiterals": n} -- so a test can compare the shape of two documents (a hostile
// profile value must not add a member or split a literal). Exit 1 with the parser's
// message on stderr on any lexing or parsing error; exit 2 on bad usage.
import { readFileSync } from "node:fs";
import { DefaultSettings, Language, Parser, TaskUtils } from "@microsoft/powerquery-parser";

const file = process.argv[2];
if (!file) {
    console.error("usage: node check-m.mjs FILE.pq");
    process.exit(2);
}

const text = readFileSync(file, "utf8");
const settings = { ...DefaultSettings, parseBehavior: Parser.ParseBehavior.ParseSection };
const task = await TaskUtils.tryLexParse(settings, text);

if (!TaskUtils.isOk(task)) {
    const stage = task.stage;
    const message = task.error?.message ?? String(task.error);
    console.error(`${file}: ${stage} error: ${message}`);
    process.exit(1);
}

const section = task.ast;
if (section.kind !== Language.Ast.NodeKind.Section) {
    console.error(`${file}: not a section document`);
    process.exit(1);
}
const members = section.sectionMembers.elements.map((m) => m.namePairedExpression.key.literal);
const textLiterals = task.lexerSnapshot.tokens.filter(
    (t) => t.kind === Language.Token.TokenKind.TextLiteral).length;
console.log(JSON.stringify({ section: section.name?.literal, members, textLiterals }));
