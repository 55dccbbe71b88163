import { describe, expect, it } from "vitest";
import { detectByRules } from "./detect.ts";
import { detectCrisis } from "./index.ts";

describe("risk in another language", () => {
  it.each([
    "ya no quiero vivir, estoy cansada",
    "Me quiero morir. Sorry, switching to Spanish.",
    "mi vida ya no tiene sentido, quiero dormirme y no despertar nunca",
    "Llevo semanas pensando que mi familia estaría mejor sin mí.",
    "Después del turno me voy a tomar todas las pastillas que tengo guardadas.",
    "Anoche me volví a cortar, más hondo que la otra vez.",
    "He pensado en tirarme del puente al volver del turno.",
    "Estou cansada de viver. Ninguém percebe.",
    "nao quero mais viver",
    "je veux mourir",
    "Ce soir j'ai vraiment pensé à en finir.",
    "je veux juste dormir et ne plus me réveiller",
    "Voglio farla finita, non ce la faccio più.",
    "Mi sento un peso per tutti. Stanotte ho pensato seriamente di farla finita.",
    "Nachts liege ich wach und plane, wie ich es machen würde.",
    "mujhe ab bas sona hai aur kabhi nahi uthna. bas itna hi.",
    "Ek wil net dood gaan. Niemand sal dit agterkom nie.",
    "Aku ingin mati saja, capek sekali.",
    "em cắt tay rồi. After the child death review this afternoon.",
    "ich will nicht mehr leben",
    "ik wil er gewoon niet meer zijn",
    "nie chcę już żyć",
    "Chce mi się umrzeć.",
    "Dzisiaj myślałam o tym, żeby skoczyć pod pociąg.",
    "Nu mai vreau să trăiesc.",
    "parang gusto ko na lang matulog at hindi na magising",
    "mar jaana chahta hoon",
    "Chan eil mi airson a bhith beò tuilleadh.",
    "Dw i ddim eisiau bod yma rhagor.",
    "Artık yaşamak istemiyorum.",
    "Tôi muốn chết.",
    "أريد أن أموت",
    "не хочу жить",
    "我不想活了",
    "죽고 싶어",
    "ما عاد بدي عيش",
    "دیگه نمی‌خوام زنده باشم",
    "Ich wünsche mir einfach, nicht mehr aufzuwachen.",
    "Ontem à noite voltei a me cortar.",
  ])("a wish to die: %s", (text) => {
    expect(detectByRules(text)).toEqual({ kind: "self", firm: true });
    expect(detectCrisis(text)).toEqual({ kind: "self" });
  });

  it.each([
    "Ktoś idzie za mną od parkingu, jestem sama.",
    "Je suis dans ma voiture, un homme me suit depuis la sortie du foyer.",
    "Ha cerrado la puerta con llave y no me deja salir.",
    "Er sagt, ich gehe hier nicht raus, bis sie zurückkommt.",
  ])("the writer in danger now: %s", (text) => {
    expect(detectCrisis(text)).toEqual({ kind: "self" });
  });

  it.each([
    "Uno de los chicos me acaba de escribir que está en el puente y que va a saltar.",
    "La señora me acaba de llamar: su pareja tiene un cuchillo y está intentando entrar.",
  ])("a client in danger now, which the English model may not veto: %s", (text) => {
    expect(detectByRules(text)).toEqual({ kind: "client", firm: true });
    expect(detectCrisis(text)).toEqual({ kind: "client" });
  });

  it.each([
    "no quiero morir, solo estoy cansada",
    "me quiero morir de risa jaja",
    "vou me matar de trabalhar esta semana",
    "Mi cliente dijo hace años que quería morir; hoy está bien.",
    "我想死你了",
    "Il m'a suivi sur Instagram.",
    "Voglio farla finita con questa pratica entro venerdì.",
  ])("not risk: %s", (text) => {
    expect(detectByRules(text)).toBeNull();
  });
});
