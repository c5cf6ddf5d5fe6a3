# A resposta privada de apoio a linguagem de crise (bot/core/support.py). Mantenha corretos
# o endereço das linhas de apoio e os números de emergência dos países que falam o idioma.

support-title = Você não está só
support-kept = Se as coisas estão muito difíceis agora, você não precisa carregar esse peso sem ninguém do seu lado. O que você escreveu fala de suicídio ou de autolesão, então guardei só entre nós: nada foi publicado, enviado a ninguém nem armazenado.
support-stopped-needs = `/{ $command }` precisa de `{ $option }`, então não foi executado, e nada mais dele foi salvo. Quando quiser, você pode tentar `/{ $command }` de novo com outras palavras.
support-stopped = `/{ $command }` não foi executado, e nada mais dele foi salvo. Quando quiser, você pode tentar `/{ $command }` de novo com outras palavras.
support-rejected = `/{ $command }` não foi executado por outro motivo (veja abaixo), então nada dele foi salvo.
support-private = O restante de `/{ $command }` foi executado e ficou privado: nada dele foi compartilhado.
support-default-resources = Se você está pensando em se machucar ou em tirar a própria vida, por favor, peça ajuda agora. No Brasil, ligue para o CVV no 188 (gratuito, 24 horas) ou para o SAMU no 192. Em Portugal, ligue 112 ou para a SOS Voz Amiga (213 544 545). Em outros países, ligue para o número de emergência local ou encontre uma linha de apoio gratuita e confidencial em https://findahelpline.com. Você merece apoio, e conversar com alguém pode ajudar.
