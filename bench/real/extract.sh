#!/usr/bin/env bash
# Grows the real-card development set (see SOURCES.md): copies photos of real printed business cards
# from public repositories into a cache folder OUTSIDE this repository. Images are never committed.
# usage: extract.sh MIRROR_ROOT OUTDIR  (MIRROR_ROOT holds owner+name git dirs from fetch)
set -euo pipefail
M=$1; O=$2; mkdir -p "$O"
get() { local repo=$1 commit=$2 path=$3 dest=$4; local g; g=$(dirname "$(find "$M/${repo/\//+}" -maxdepth 4 -type d -name objects | head -1)"); mkdir -p "$(dirname "$O/$dest")"; if [[ $path == *'!'* ]]; then git --git-dir="$g" show "$commit:${path%%!*}" > "$O/.zip"; unzip -p "$O/.zip" "${path#*!}" > "$O/$dest"; rm -f "$O/.zip"; else git --git-dir="$g" show "$commit:$path" > "$O/$dest"; fi; }
D=dthphuong/card-detection-with-opencv; DC=07c533560b28d01e08d2aea2cf6683da56487bf3
for f in c4.png c5.png c6.png c7.png c8.jpg c9.png c10.png c12.jpg c13.png w2.png; do
  get $D $DC "$f" "card-detection-with-opencv/$f"
done
P=phitruong600/Business-Card-Information-Extraction-Using-Deep-Learning; PC=dde86dd37de4c35c099f6dca5da1fb7db93e7603
get $P $PC 'Source_code/test_image.jpg' 'Business-Card-Information-Extraction-Using-Deep-Learning/test_image.jpg'
get $P $PC 'Source_code/test_image1.jpg' 'Business-Card-Information-Extraction-Using-Deep-Learning/test_image1.jpg'
C=prashant30200501/card-text-extractor
for f in card_1.jpg card_2.jpg card_3.jpg; do
  get $C 35c2e1ae5f870a1d7dcfccd3dd0fc4cf911659af "images/$f" "card-text-extractor/$f"
done
for f in card_4.jpg card_5.jpg card_6.jpg; do
  get $C bec39e0bc8a8039f277fcc16456308be119440e4 "images/$f" "card-text-extractor/$f"
done
get rohanraj96/KYC b47ae718b7368788103f3637ad3e482d9229225f 'docs/business_card.jpg' 'KYC/business_card.jpg'
get anoff/AIND-opencv 39aac2c3487bd201ea93d085b76a7334d9e593a1 'business_card.png' 'AIND-opencv/business_card.png'
get jating0000la/business-card-extractor d0c50e647a99214817752d5c5e5336e78dd2a26b 'business-card.jpg' 'business-card-extractor/business-card.jpg'
S=suryawarrior36/Automated-Visiting-Card-Management-System-Using-OCR-Technology-and-Image-processing; SC=2636e25167315bce03ed7c105a7a6850ffe8b2e9
get $S $SC 'visiting_card.jpg' 'Automated-Visiting-Card-Management-System/visiting_card.jpg'
G=Sghosh1999/AutoScan; GC=b87df1093c58f017168fe7c5baeec7eb51f3a080
for f in 166.jpeg 243.jpeg; do
  get $G $GC "data/$f" "AutoScan/$f"
done
K=RKarkee/VisitingCard-Scanner; KC=2299e9b2725de29739ebb7b3f0c573761f99c0e0
for f in abc.jpg business-card.jpg; do
  get $K $KC "images/$f" "VisitingCard-Scanner/$f"
done
get PeterGQ/BusinessCardOCR 7cf85bf85514ae21d7d4aad70e30eab807228811 'BloombergCard.jpeg' 'BusinessCardOCR/BloombergCard.jpeg'
get raijucloud/pro-pose-nous 641a1a7698bcf57908126d3d688edf368716f751 'carte_visite.jpg' 'pro-pose-nous/carte_visite.jpg'
get situmorang-com/business_card_ocr 57e8f2577a14d62800ce8a11c01e6015174cd7c7 'input/IMG_7799.jpg' 'business_card_ocr/IMG_7799.jpg'
B=philipmorrisintl/BusinessCardScanner; BC=892a6b1ec2cf1770e229f7da401f3ef96380d62d
for f in bcard0005.jpg bcard0007.jpg bcardREF0002.jpg bcardREF0003.jpg bcardREF0004.jpg bcardREF0005.jpg bcardREF0006.jpg bcardREF0007.jpg; do
  get $B $BC "sample_images/$f" "BusinessCardScanner/$f"
done
A=ananthakkumar/visiting-card-recognition-classification; AC=0c9352f7780b553877b39e8b671e629d3b5c745d
for f in temp_card1.png temp_card2.png; do
  get $A $AC "$f" "visiting-card-recognition-classification/$f"
done
U=SubratGupta0506/Business-Card-OCR; UC=d6be5369c64680f9e91b4813061f8bde6acf76d1
for n in 120 125 132 140 150 151 155 157 160 172 186 187 201 226 236 237 238 244 255 257; do
  get $U $UC "1_BusinnesCardNAR/Version_1/Selected/$n.jpeg" "Business-Card-OCR/$n.jpeg"
done
# part 4 (SOURCES.md)
V=kaleabnega/Computer-Vision-Assignment-3; VC=e4f42baca785206381c0920ccd6115284972aee2
for f in ashtel-30.jpg ashtel-60.jpg ashtel-90.jpg; do
  get $V $VC "images/$f" "Computer-Vision-Assignment-3/$f"
done
R=catkitchen721/Business-Card-Reader-BCR-; RC=db73b89e10a797004fd7d0e662b74af83e6b19b0
for f in test_image.jpg test_image2.jpg; do
  get $R $RC "app/src/main/res/drawable/$f" "Business-Card-Reader-BCR-/$f"
done
get chkhong/business-card-ocr 0bc841ad8d767c7ecf8b176a7ce4d4aec9058999 'test/cn3.jpeg' 'business-card-ocr/cn3.jpeg'
get eso5-uol/Flutter-reciepts-app f9323bf228c43a21a06a2de9e4f4686eabb7ff55 'BusinessCard.jpg' 'Flutter-reciepts-app/BusinessCard.jpg'
get huisede/learngit d9217b2cd7d9d05924433b5525c4f916e155674e 'BusinessCard.jpg' 'learngit/BusinessCard.jpg'
get pvglobaltech/pvgt 2e0540a4cc33355d6ceeec3b15354361c4e10577 'geocard.jpg' 'pvgt/geocard.jpg'
get DP2218/MOH_CAFE_PORTUGUESE_COFFEE_HOUSE a9e6a799157ad5c7d45d8945a21afb5a986c77c8 'business-card.jpg' 'MOH_CAFE_PORTUGUESE_COFFEE_HOUSE/business-card.jpg'
get mtaylor769/BourbonCityArchery e0f512e6f6ff57a126d7e7efed5b6497e627b43e 'business_card.jpg' 'BourbonCityArchery/business_card.jpg'
get npound/CVFun 69f6231437cc26f221d70d7643cf2948386a747b 'testcard.jpg' 'CVFun/testcard.jpg'
get williamwmarx/forthomechicago 84c7751dbf835964647ac5da195a41799a4547db 'businesscard.jpeg' 'forthomechicago/businesscard.jpeg'
get GerrieStrongbow/the-little-wood-shop 6a1e82306f21d67e98086f3f3132c22a607cf5d2 'business_card.jpeg' 'the-little-wood-shop/business_card.jpeg'
get tommygoverstreet/tntlogisticsllc ad851b5a382bb482f5370e8fb72196703aa67e41 'assets/business-card.jpg' 'tntlogisticsllc/business-card.jpg'
get workwebsite-ky/SP-Entertainment 947865877971de48af01d8414793c9f10e3ea8b1 'images/business-card.jpg' 'SP-Entertainment/business-card.jpg'
get barryjb/location-bls-carpet_upholstery_pest_control 079c8eff401e42af69388024ccad6c4b3bac0d50 'img/business-card.jpg' 'location-bls-carpet_upholstery_pest_control/business-card.jpg'
get ejillbaker/ladir 334244eb2099d44f93db69e4fb535928a49ec74a 'business-card.png' 'ladir/business-card.png'
get Jaboreds/Danaprint 4ef75b2d280be1284be5afda6b39422836c48a33 'img/business-card.jpg' 'Danaprint/business-card.jpg'
get Esoxe/Le-Moulin 9a88db8fc819d6d67d3b8f1a258f37fde7ed0d05 'image/cartedevisite.jpg' 'Le-Moulin/cartedevisite.jpg'
get sirac007006/taxisutomorecanj.me 59bb4298b9503046db58af0c371fc6ea88ac2e6c 'vizitka.jpg' 'taxisutomorecanj.me/vizitka.jpg'
# part 5 (SOURCES.md): a held-out set
U5=SubratGupta0506/Business-Card-OCR; U5C=d6be5369c64680f9e91b4813061f8bde6acf76d1
for n in 038 112 115 118 122 126 136 143 152 162 174 177 180 182 234 253; do
  get $U5 $U5C "1_BusinnesCardNAR/Version_1/Selected/$n.jpeg" "Business-Card-OCR/$n.jpeg"
done
I=ishanimandli/Business-Card-Reader-Card.io-; IC=9cfc5455b4e2331a8c832094dbad68fb64d7e6ea
for f in 005.jpg 009.jpg 010.jpg 047.jpg 049.jpg 083.jpg; do
  get $I $IC "server/uploadedImages/$f" "Business-Card-Reader-Card.io-/$f"
done
get i-wonderful/business-card-detector 7563211ee9c1777aac09ee854d5106de30d98f93 'storage/5.JPG' 'business-card-detector/5.JPG'
get i-wonderful/card-detect-demo 75c504a2c043a0e2b53ea50f3f4339cf04524329 'storage/IMG_4309_resized.jpg' 'card-detect-demo/IMG_4309_resized.jpg'
get itineris60/iTi-informatique 409a16a41c285c28d7d039b7fcb4266bba966de7 'img/carte-visite.jpg' 'iTi-informatique/carte-visite.jpg'
W=WilliamW9758/BusinessCardRecognition; WC=6aa5c0d47d3a1cd6b5f39e05d7403af8d55324d2
for f in acedaytons.jpg CambridgeLogic.jpg StanfordEE.jpg packetvideo.jpg; do
  get $W $WC "BusinessCards/$f" "BusinessCardRecognition/$f"
done
F=devarshi16/Form-Labeller; FC=becad771bef68187d1993713908592eb927259f1
for f in img1.jpg 007.jpg; do
  get $F $FC "imgs/$f" "Form-Labeller/$f"
done
# part 6 (SOURCES.md): a held-out set
U6=SubratGupta0506/Business-Card-OCR; U6C=d6be5369c64680f9e91b4813061f8bde6acf76d1
for n in 123 124 129 130 133 135 141 147 156 159 163 164 167 169 173 176 183 188 192 195 202 203 204 210 218 222 225 232 233 235 239 242 248 249 258 262 263; do
  get $U6 $U6C "1_BusinnesCardNAR/Version_1/Selected/$n.jpeg" "Business-Card-OCR/$n.jpeg"
done
get thucdx/business_card_detection cb2a2985fba921fb3914069252e8cbb3c727057c 'samples/bc_ref/r_21.jpg' 'business_card_detection/r_21.jpg'
# part 7 (SOURCES.md): a held-out set
U7=SubratGupta0506/Business-Card-OCR; U7C=d6be5369c64680f9e91b4813061f8bde6acf76d1
for n in 033 036 040 042 048 066 073 074 076 094 098 099 103 113 114 117 119 121 146 154 170 171 175 178 191 193 205 212 223 224 227 229 243 245 252 260 268 272 273 284; do
  get $U7 $U7C "1_BusinnesCardNAR/Version_1/Selected/$n.jpeg" "Business-Card-OCR/$n.jpeg"
done
# part 8 (SOURCES.md): a development set
U8=SubratGupta0506/Business-Card-OCR; U8C=d6be5369c64680f9e91b4813061f8bde6acf76d1
for n in 002 003 008 011 017 037 052 056 065 071 079 084 090 092 097 100 108 109 138 144 149 158 165 166 185 190 194 196 217 219 220 221 246 250 251 256 259 267 278 279; do
  get $U8 $U8C "1_BusinnesCardNAR/Version_1/Selected/$n.jpeg" "Business-Card-OCR/$n.jpeg"
done
# part 9 (SOURCES.md): a held-out set
U9=SubratGupta0506/Business-Card-OCR; U9C=d6be5369c64680f9e91b4813061f8bde6acf76d1
for n in 015 021 022 024 025 027 028 059 064 104 131 139 148 179 189 198 200 206 209 211 213 216 231 247 264 265 269 270 276 287 288; do
  get $U9 $U9C "1_BusinnesCardNAR/Version_1/Selected/$n.jpeg" "Business-Card-OCR/$n.jpeg"
done
# part 10 (SOURCES.md): a development set
U10=SubratGupta0506/Business-Card-OCR; U10C=d6be5369c64680f9e91b4813061f8bde6acf76d1
for n in 006 016 018 023 026 034 035 041 043 055 069 070 082 087 091 096 101 102 105 111 128 137 161 181 197 199 207 208 214 215 241 261 266 290; do
  get $U10 $U10C "1_BusinnesCardNAR/Version_1/Selected/$n.jpeg" "Business-Card-OCR/$n.jpeg"
done
# part 11 (SOURCES.md): a held-out set
get bmkbauservice-hue/enilive-visitenkarten 2fb758d8ac888c4c4d30973910ad87014613d6fa 'Fertig/Enilive_Ahrensfelde_Vorderseite (1).jpg' 'enilive-visitenkarten/Enilive_Ahrensfelde_Vorderseite (1).jpg'
get bmkbauservice-hue/enilive-visitenkarten 2fb758d8ac888c4c4d30973910ad87014613d6fa 'Fertig/Enilive_Blumberg_Vorderseite.jpg' 'enilive-visitenkarten/Enilive_Blumberg_Vorderseite.jpg'
get tonno28/JN-Fu-pflege 54f4cf089ba6f8d544022f958c5a7653bf067086 'assets/visitenkarte.png' 'JN-Fu-pflege/visitenkarte.png'
get AbdelazizBenallou/pixel.room.sk cf336ec1eb360933690f209918d39e8eca074503 'images/carte-visite.jpg' 'pixel.room.sk/carte-visite.jpg'
get BInfoService/Carte-De-Visite 52846ad8ab998928d1155d3dcae2ec1bb8036861 'carte-de-visite_1.png' 'Carte-De-Visite/carte-de-visite_1.png'
get xlauriley/mein-portfolio 6631bbca3beb1d37e9e23100ec85d1bfa1337b91 'public/images/project-6/visitenkarte-front.jpeg' 'mein-portfolio/visitenkarte-front.jpeg'
get xlauriley/mein-portfolio 6631bbca3beb1d37e9e23100ec85d1bfa1337b91 'public/images/project-6/visitenkarte-back.jpeg' 'mein-portfolio/visitenkarte-back.jpeg'
get kareltje1986/busvolbikes-website 4d51738f06854b58f1f4667505583e9115474f94 'visitekaartje-achterkant.png' 'busvolbikes-website/visitekaartje-achterkant.png'
get puetzc-eth/jh-website-next 8011ec7411561566475b6c96920c3bdfdccc31ab 'public/visitenkarte.png' 'jh-website-next/visitenkarte.png'
get tdgraphic/tdgraphic 865f10c25fde718b792ecc4534f108b6cacd9d1e 'images/cdv.jpg' 'tdgraphic/cdv.jpg'
get ForteEdilizia/forteedilizia.github.io 38d7e3d66aed3a6f3725e00459bf03b1c8e18606 'biglietto.png' 'forteedilizia.github.io/biglietto.png'
get BulsaraWeb/Belsara 7cff09ebe55f5fbbd46587abcb008399e92cb88b 'images/biglietto.png' 'Belsara/biglietto.png'
get josvelema/meergeluk dd226472aa25e2e5c895c49bb84cfb0caf09db0e 'assets/img/visitekaartje.png' 'meergeluk/visitekaartje.png'
get Gea58/vodemare 04b2912f6e644d852f5b8c608a3282a4110ddc81 'public/images/visitekaartje.jpg' 'vodemare/visitekaartje.jpg'
get guavefim/guavefim.github.io 5663e72cfc2c96f65b555741432e2a21940d2459 'images/visitenkarte.png' 'guavefim.github.io/visitenkarte.png'
get sala96wroc/auto-solutions-finglas 25b0ec94d857af8e1b32d30e1e4858ad967bfe88 'images/business-card.png' 'auto-solutions-finglas/business-card.png'
get UndercoverComputing/undercovercomputing.com 51571abb86a636dcf2fe55662d0800751a73b4d7 'images/business-card.png' 'undercovercomputing.com/business-card.png'
get jamon-real/jamon-real-next 0e7655724fb9b9560899050b6622f15de616d2b6 'public/business-card.png' 'jamon-real-next/business-card.png'
get mmasadvogados/mmas-advogados 0a892e1316fd6e16c2f45b8393bd591920071149 'public/images/business-card.jpg' 'mmas-advogados/business-card.jpg'
get erssoft-ltd/yildizmobilebarber aea47c03e1edb348342546a645bbc1d9e1a4f92a 'public/images/business-card.jpg' 'yildizmobilebarber/business-card.jpg'
get RecycleUpNL/digital-namecard 4830071251d63f22212e4cacc87443ffc64d4cb6 'Visitekaartje.jpg' 'digital-namecard/Visitekaartje.jpg'
get mod42/pv-dieburg-website ebfcdd56b6097ccd788b98467ae3cba2feebdfd4 'images/business_card_600.jpg' 'pv-dieburg-website/business_card_600.jpg'
get halilnabu23/halilnabu.com b4a379fbc286cfe7d6283f9106b75a6597a31f91 'assets/projects/klp-visitenkarte.png' 'halilnabu.com/klp-visitenkarte.png'
get alboinoracing/alboino-racing 7e8479e0694688176c795d409ec88321634b8ce8 'images/biglietto-da-visita.png' 'alboino-racing/biglietto-da-visita.png'
get hoveringsteward/hovibook_v2 fe65b8a7a58968ee02f1e6f95f076cadc13cf653 'Bilder/visitenkarte.jpg' 'hovibook_v2/visitenkarte.jpg'
# part 12 (SOURCES.md): a held-out set of European cards
get rasmusgrowup/studio 9ef1c9953645e500ce5052202654ec15a15cc1fe 'public/identitetsdesign/Dabea_visitkort.jpg' 'studio/Dabea_visitkort.jpg'
get rasmusgrowup/studio 9ef1c9953645e500ce5052202654ec15a15cc1fe 'public/grafisk-design/CorpusCareClinic_visitkort.jpg' 'studio/CorpusCareClinic_visitkort.jpg'
get sofiehyllen/portfolio.v3 1b4e8338e7f5cdea4929e248a7b9e97003c4256c 'src/assets/tanken.visitkort.jpg' 'portfolio.v3/tanken.visitkort.jpg'
get gubbsuck/Portfolio 1d5db4fa4d9520e9684ca48c13d7c3447a22f554 'public/images/brands-that-last/grenkultur/visitkort.jpg' 'gubbsuck-Portfolio/visitkort.jpg'
get tijp/food-service ae1ca7fa80f8b6f61ed1453f332a9524c02e1e75 'src/assets/images/visitekaartje.jpg' 'food-service/visitekaartje.jpg'
get lobossl/lobossl.github.io 649fed8a4cc1392fce5bb0da2d898bef1c997bbb 'img/visitkort.png' 'lobossl.github.io/visitkort.png'
get sofieamalie/portfolio fd6f2a419eb9a0b626e002333b78a55084c33863 'images/visitkort.jpg' 'sofieamalie-portfolio/visitkort.jpg'
get gdmgent-1718-3CMO/1718-3CMO-BaP-Elkeborr 00747f813602b1917a87a20dd44e5f24d9769a72 'images/visitekaartje.jpg' '1718-3CMO-BaP-Elkeborr/visitekaartje.jpg'
get gdmgent-1718-3CMO/1718-3CMO-BaP-marliesstevens 9841d203102d4c3f70662bff70fcc3eb68916c43 'images/visitekaartje.jpg' '1718-3CMO-BaP-marliesstevens/visitekaartje.jpg'
get gdmgent-1718-3CMO/1718-3CMO-BaP-Robb27 01483d1249e17f965e71383c838ac6a6b74d1538 'images/afbeeldingen-huisstijlgids/kaartjes.png' '1718-3CMO-BaP-Robb27/kaartjes.png'
get adamhlomgern/lindqvistholmgren 5eb076cde66c9fb573437b0fcbe629870db27610 'public/images/portfolio-images/varmlands-svets-montage/varmlands-svets-montage-visitkort.png' 'lindqvistholmgren/varmlands-svets-montage-visitkort.png'
get adamhlomgern/lindqvistholmgren 5eb076cde66c9fb573437b0fcbe629870db27610 'public/images/portfolio-images/leta-bygg-stad/leta-bygg-stad-visitkort.png' 'lindqvistholmgren/leta-bygg-stad-visitkort.png'
get visual-struktur/visual-struktur bafdf83d4afc9f1428205eb67990ca418bcfb77e 'images/vilana-visitenkarte.webp' 'visual-struktur/vilana-visitenkarte.webp'
get adventuresoftimon-2311/as-garten-gebaeudeservice efa9b59c30c299d776c8e9d6efec0eda640d5b1d 'public/images/visitenkarte.png' 'as-garten-gebaeudeservice/visitenkarte.png'
get skaugmedia/skaugmedia.no 919c49ebf8b0fd7a6bcd62d54286e1da2e373fe2 'src/Data/Business/GraphicalDesign/LashBrowser/Images/visittkort.jpg' 'skaugmedia.no/visittkort.jpg'
get skaugmedia/skaugmedia.no 919c49ebf8b0fd7a6bcd62d54286e1da2e373fe2 'src/Images/TeamHelse/teamhelse_businesscard.jpg' 'skaugmedia.no/teamhelse_businesscard.jpg'
get Gioke/Velo-W bbca8594353494dace3bd096df3903c315f032d2 'src/images/Vélo-W visitekaartje.jpg' 'Velo-W/Velo-W visitekaartje.jpg'
# part 13 (SOURCES.md): a held-out set of European cards
get phil-mvp/supermvp-web afa78ccdb86bb63e3ee5e2fed2bbcd5bb7da64ea 'public/images/carte-visite.jpg' 'supermvp-web/carte-visite.jpg'
get joksec/metazone c8d08d219eeb87543ccff02ae0d00f8942c98eca 'public/assets/img/project/identite-visuel/carte-visite.jpg' 'metazone/carte-visite.jpg'
get zacharyhuguet/SL_Elec_plomb 7c325247f1fb02d7777a40c4ce1e84d6e9224444 'img/cartedevisite.jpg' 'SL_Elec_plomb/cartedevisite.jpg'
get Emmanuel97423/Ball-Trap-App-V2 d2b5b4b23ee598813ceeb4e715c7b37e9bad06e0 'assets/img/carte-de-visite.png' 'Ball-Trap-App-V2/carte-de-visite.png'
get alismonti/Nuovo.Prova 14d9ffdde9095135adc8bc35528683bdeeb4d5c3 'assets/images/biglietto.jpg' 'Nuovo.Prova/biglietto.jpg'
get paris39/PavimpresosTalavera c93e36236988f7bf949370883c6190e201c8ab1b 'images/tarjeta.jpg' 'PavimpresosTalavera/tarjeta.jpg'
get jacopoms/vilarnau.github.io 6a59ed47b1df16c61e79d98d480e7083903fb3f0 'images/tarjeta.png' 'vilarnau.github.io/tarjeta.png'
get Alamine15/portfolio 4dea64f51f472ede1cde1c17b3e8782a38d503b5 'src/assets/carte-de-visite.png' 'portfolio/carte-de-visite.png'
get LucasBonetto/MaisonBoheme b1e234767a3ed4bfba8de3fac572fe9f5bc564df 'images/cartevisite.jpg' 'MaisonBoheme/cartevisite.jpg'
get bougassaa/nuances-facade 57442c2c061519720e961b770c5843e1ec7a10e0 'images/carte-visite.png' 'nuances-facade/carte-visite.png'
get redaslimanm/Batterie-d-pannage-domicile c9ff140f6cfb7fc664038270422d8baac8701fa0 'images/carte-visite.png' 'Batterie-d-pannage-domicile/carte-visite.png'
get KillianWllm/Site 6a37b795044e11275bf5cb980d5a759d434306cc 'img/cartedevisite.png' 'Site/cartedevisite.png'
get Aougoustine/AC-Service c493baf3129a88fa07da5d92a3f44e7fe0e7ddfd 'carte-visite.png' 'AC-Service/carte-visite.png'
get SamuelScratch/lomara-locations-front 9992ea18df7cb282ced0bc39fac11b476fe208ba 'src/assets/carte-visite.png' 'lomara-locations-front/carte-visite.png'
get alicemimouni/association-onumeria f705f7e2d69cac2efb758ac6427710c8179397c0 'carte-de-visite.png' 'association-onumeria/carte-de-visite.png'
get alexandre-touret/wealjazzquartet 6795bb7c16b2d08dc9ced02b4ffbd7b9e4cb3d91 'carte_visite.png' 'wealjazzquartet/carte_visite.png'
get antechssi/antech-services 76fce640f74ff2cf8bfef1f4c89b4fb49de42fcf 'carte_visite.png' 'antech-services/carte_visite.png'
get Mkharbech-dev/ideal-work 33ccda11bb2ddd036a10632bc23501c60db82321 'img/carte_visite.jpg' 'ideal-work/carte_visite.jpg'
get samaubrey/immagineottica 932ec9d28bef700c6b5abd0ec250c99cf6a4452b 'immagini/biglietto_visita.jpg' 'immagineottica/biglietto_visita.jpg'
get nadietta/minicambio 75ec6e425a14effc667eafb81aeed988cff3e3b4 'img/biglietto_visita.PNG' 'minicambio/biglietto_visita.PNG'
get MatteoCacurri/AUTODEMOLIZIONI_PISANELLI 91b50155b6cb21f816b644d6fabcde785b5d9f56 'public/images/biglietto-visita.jpg' 'AUTODEMOLIZIONI_PISANELLI/biglietto-visita.jpg'
get Lord-Lardellino/wonderlogo 192119b15cb7ca413ce42c193e7cf05ef6117f0b 'images/biglietti.jpg' 'wonderlogo/biglietti.jpg'
# part 15 (SOURCES.md): a held-out set of European cards
get ElBasquoy/bobinage 1590396ac07e9cb248f69c284024fdfc3d25ce94 'docs/img/histoire-carte-1954.jpg' 'bobinage/histoire-carte-1954.jpg'
get ElBasquoy/bobinage 1590396ac07e9cb248f69c284024fdfc3d25ce94 'docs/img/histoire-carte-1960.jpg' 'bobinage/histoire-carte-1960.jpg'
get ElBasquoy/bobinage 1590396ac07e9cb248f69c284024fdfc3d25ce94 'docs/img/histoire-carte-1970.jpg' 'bobinage/histoire-carte-1970.jpg'
get ElBasquoy/bobinage 1590396ac07e9cb248f69c284024fdfc3d25ce94 'docs/img/histoire-carte-1980.jpg' 'bobinage/histoire-carte-1980.jpg'
get ElBasquoy/bobinage 1590396ac07e9cb248f69c284024fdfc3d25ce94 'docs/img/histoire-carte-1990.jpg' 'bobinage/histoire-carte-1990.jpg'
get ElBasquoy/bobinage 1590396ac07e9cb248f69c284024fdfc3d25ce94 'docs/img/histoire-carte-2000.jpg' 'bobinage/histoire-carte-2000.jpg'
get Nozito/portfolio-dev f395973d356d85a40b0481dd5c8f26a7298b2785 'public/getstuff/carte-de-visite.jpg' 'portfolio-dev/carte-de-visite.jpg'
get luissilva333g-ux/transit-tool 75d126e59c6e96a28068211d66d00198a01fc219 'src/assets/blog-cartao-taxis-andrade.jpg' 'transit-tool/blog-cartao-taxis-andrade.jpg'
get SERGE3-g/espressamente 682bc8d2c17a977d416ddaaf35e2709aae13588c 'img/espressamente-foto-e-componenti/images/brand/logo-biglietto-retro-large.jpg' 'espressamente/logo-biglietto-retro-large.jpg'
get fiaky1/portfolio-fiaky 6f53506df7eb52b0ae92644c6dc2dc85aac53bb9 'assets/carte-visite.jpg' 'portfolio-fiaky/carte-visite.jpg'
get Minkus59/doc-micro 287474bdd8bcc9666f8b91a3c74d7e250ce66927 'lib/img/Carte_de_visite.jpg' 'doc-micro/Carte_de_visite.jpg'
get groupe4miage/siteanacyrgui b84d88a7ffff3d4d6ff36518c18c748863c34ff5 'webroot/img/cartevisite.png' 'siteanacyrgui/cartevisite.png'
get Free5Dev/musique 732544e00a103b2a7605e715235c12511144dee9 'images/carteVisite.jpg' 'musique/carteVisite.jpg'
get SyPhCO/el-cafexito 1ea938118dcb5126e24679db75a1dafb2d1b3994 'public/assets/images/carteVisite.jpg' 'el-cafexito/carteVisite.jpg'
get Hamtaromobile/Friperie_Ambulante_15-02-2022 5ea9c06a9d38f3e83238bfa6a6ed0be006c59d78 'images/Carte_visite.jpg' 'Friperie_Ambulante_15-02-2022/Carte_visite.jpg'
get AzaghalFR/portfolio 06d10ddf8c9451c7a2961213579f99414ee8006e 'src/assets/img/pro/Studio_Carte_visite2.png' 'AzaghalFR-portfolio/Studio_Carte_visite2.png'
get Audrey981/cjal cabc46dc3436c55c8f85bc053149366642907819 'images/cartevisite.png' 'cjal/cartevisite.png'
# part 14 (SOURCES.md): a held-out set of European cards
get jhvanderschee/carli_d_static 6e7baabc87b1e0ac90f5e72962c375c5e6fd5ee3 'img/visitekaartje.jpg' 'carli_d_static/visitekaartje.jpg'
get fbackhed/fbackhed.github.io 8f8483f4ee662bfa468a88e2b0623f442c830dda 'images/visitkort.jpg' 'fbackhed.github.io/visitkort.jpg'
get Shahad1991/Opdated-Portofolio 56119fddbbfdc61f040ed018c925306c55f12e19 'images/visitkort.png' 'Opdated-Portofolio/visitkort.png'
get samanthavoegel/homepage 3d3e310ef60130fd267de45b07c40b80b164be43 'images/visitenkarten.jpg' 'samanthavoegel-homepage/visitenkarten.jpg'
get santiagomorelli00-code/kpb d3f2de16c78540bcf916fdedda1dec5b999510d3 'assets/visitenkarte.jpg' 'kpb/visitenkarte.jpg'
get emelielindstrom/Skonhet 0851d9ab4089f1acb582a9499c76a547a45345c7 'assets/images/visitkort.jpg' 'Skonhet/visitkort.jpg'
get StevenBoeckx/transmekaniek-website e2a17a30fb8e50aa13dc30e6c6cd57d21334c703 'img/kaartje.jpg' 'transmekaniek-website/kaartje.jpg'
get MojoRisin46/automation-gm-website db0ee80ad6435a0489cc69fb29df586962f27599 'visitenkarte.jpg' 'automation-gm-website/visitenkarte.jpg'
get Peachey-Schoorl/creme ccfd2dd7b145f0b894844624e068e5da8b4fc881 'img/visitekaartje-voorkant.jpg' 'creme/visitekaartje-voorkant.jpg'
get dekastanjeboom/dekastanjeboom.github.io 8d7166d93c1de557475a684880054d19af319230 'src/assets/img/other/kaartje.JPG' 'dekastanjeboom.github.io/kaartje.JPG'
get b1592/b1592.github.io 1ee49cdd3fde66e880349748972d18c9e4fd3e9c 'public/images/kaartje.jpg' 'b1592.github.io/kaartje.jpg'
# part 16 (SOURCES.md): a held-out set of European cards (German-, Dutch- and Nordic-speaking countries)
R=kackey531/Graphic_Rhino; RC=1fc8d112b01774aecdda59cd69c0d310de987b0e
for f in 'Eeckhout_Woodline_visitekaartje.jpg' 'Business card_new contact_NL.jpg' keurslager-1.jpg hhj-1.jpg lhs-1.jpg ebo-1.jpg cafetaria-2.jpg; do
  get $R $RC "src/images/$f" "Graphic_Rhino/$f"
done
get Elandlord/BuroRVV 67911ef303dac9a1c44ce0557d3b7b720b057730 '_backup/images/rvv-visitekaartje.jpg' 'BuroRVV/rvv-visitekaartje.jpg'
get JIDcreations/Wizarts3 92fe1f0193f110b0712174003178a968accf6b1e 'site/assets/case-juntas.jpg' 'Wizarts3/case-juntas.jpg'
get JIDcreations/Wizarts3 92fe1f0193f110b0712174003178a968accf6b1e 'Content/Assets/case-normocare.jpg' 'Wizarts3/case-normocare.jpg'
get JottZwei/jott-zwei-web e4ead8af1f2d294fccea09ee67f9a668c736fb07 'src/images/2_Referenzen/Freizeittanken/ref_ft_2.jpg' 'jott-zwei-web/ref_ft_2.jpg'
get Sachin6962/portfolio 6ddc4823d5560afc870e79e28ba2e4cbe5b8d4be 'src/img/grafisch-werk/pvl-visitekaartjes.jpg' 'Sachin6962-portfolio/pvl-visitekaartjes.jpg'
get edberv1/Heilmassage-FW 8904b48cd74765a378226c0921b07537ab322abc 'src/images/visitkarte.png' 'Heilmassage-FW/visitkarte.png'
# part 18 (SOURCES.md): a held-out set of European cards
E=HEG-Arc/business-card-scan-and-share
for f in YdZWJgHI6hF16CJDyTJp_match.jpg jovGQufuwKc6TEpjYQX7_match.jpg 5lgRN49MrjhEQLJmjQba_match.jpg zNoXpoldVM9gS6hSSnZZ_match.jpg TivWgKaIbd0Ce5rYgrhG_match.jpg; do
  get $E 515b5051a579f8bef5a12ce70e76671e089b4577 "Card_Imgs/$f" "business-card-scan-and-share/$f"
done
for f in rfR0ArQqTF9givW7QVdP_match.jpg wLJaTNAlqi9wrqL327Pp_match.jpg Gt6zgAkW0ryEZ76zdXhu_match.jpg 23qjL592pLRh1rKS93Oq_match.jpg; do
  get $E 95d5fb119cc9fa81d4be01e786a05b13a018ef2e "Card_Imgs/$f" "business-card-scan-and-share/$f"
done
get $E 69f4c8c5c92bc48511e654331a6bc36cd98415c5 'Card_Imgs/last.jpg' 'business-card-scan-and-share/last.jpg'
get AtlanticDesignPrint/properAtlantic affad4f742881ea5814010cc1c65f05630e9f7eb 'images/BusinessCard.jpg' 'properAtlantic/BusinessCard.jpg'
get aterlecka/airConditioning 048904849a21332f176f08f489b4db7538ce3754 'images/wizytowka.jpg' 'airConditioning/wizytowka.jpg'
get sebastiandenis/www-megafoll-pl 2535f4831d9e6abae1e111ff6c8a7fe2de3955aa 'img/wizytowka.jpg' 'www-megafoll-pl/wizytowka.jpg'
get giemolla/rollcar fd574f4b3258e52ff460ed35d93576fb9a1ce6a8 'images/wizytowka.png' 'rollcar/wizytowka.png'
get MarchevskySimon/Gewerkmeister 5060c8a350d8cca35dbc1c7c60828c79269d734c 'img/vizitka.jpg' 'Gewerkmeister/vizitka.jpg'
get nukly/pikasi de81a5f7ed9bae8ce2818944c18dd3e717d2090e 'img/vizitka.jpeg' 'pikasi/vizitka.jpeg'
get nemmtor/lux-remonty 0e10fd039a17d2aa5fdafe03bf054e4ed0b9f850 'wizytowka.png' 'lux-remonty/wizytowka.png'
get xOut5ide/Us-ugi-budowlane bc4506480e34848bae3ef05183bf5d13a4a5b054 'wizytowka.png' 'Us-ugi-budowlane/wizytowka.png'
get kamzurek/AtekGlassPL 03434beb015b157f7ce938b1a20725ac4843a990 'src/assets/wizytowka.jpg' 'AtekGlassPL/wizytowka.jpg'
# part 17 (SOURCES.md): a held-out set of European cards
get BMatteo-dev/code-pixel 7e2fa8be0ab1518567dd17fa7a5457143510b7b5 'public/confidence/carte-de-visite-confidence.webp' 'code-pixel/carte-de-visite-confidence.webp'
get psylib/site-web-psy 90d624105690353a420803536702f2b36e0e2c59 'images/carte-visite.webp' 'site-web-psy/carte-visite.webp'
get kazes/berenicek2015 03ca5085ed5312132857beded764f287d43f8811 'img/data/projects/newkidz/cartes-de-visite.jpg' 'berenicek2015/cartes-de-visite.jpg'
get jenny80170/projet_marechal_ferrant c54aaf75786ec56fcf104311e1941a39ee61b7c1 'views/assets/img/carte.jpg' 'projet_marechal_ferrant/carte.jpg'
get johanna-Galli/portfolio3 dbe95f8b60036bcb678e202416b18bb13b70e2fd 'asset/img/projets/aabiltaxi.jpg' 'portfolio3/aabiltaxi.jpg'
get HantzoStudios/2012_copilan_indexturbo 8a9d07b931bd949232b9c4eba2238e6edec1dd34 'imagenes/kopilantarjeta2011.jpg' '2012_copilan_indexturbo/kopilantarjeta2011.jpg'
get dsmempreendimentosdigitais/dsmsys f732ce0dd2cd0b5b35cdff83d1975892c6ac5dca 'LOGO/cartão de visita.jpg' 'dsmsys/cartao de visita.jpg'
get Julien0927/WillRunExpert bf5723496f208c402c02e5bbd8a758abc9c7f6f0 'assets/images/dos_carte_visite.webp' 'WillRunExpert/dos_carte_visite.webp'
get poperon/broches-tocados 1667389bdce764df01c8289eb25bad8aa438702d 'imagenes/tarjeta.jpg' 'broches-tocados/tarjeta.jpg'
get nailsbymych/nailsbymych.github.io 46accf33a95bd0553dad7d13c679f1279c3cd89a 'imagenes/tarjeta.jpg' 'nailsbymych.github.io/tarjeta.jpg'
get ksaev/ArtiVisio-website 81f12bbe58482b5400a7c2f64e142c1be89404e3 'public/carte-visite.webp' 'ArtiVisio-website/carte-visite.webp'
get aquaino/my_portfolio b7fa8f8c09de663ce0e043d8eae27f505ec225df 'static/images/biglietto-fotografa.jpg' 'my_portfolio/biglietto-fotografa.jpg'
get SandrineFial/Website-public d1aadb4e07aef17f8383572e64b563df6fc6af0b 'public/infographie/carte-visite-cuisinier.jpg' 'Website-public/carte-visite-cuisinier.jpg'
get SandrineFial/Website-public d1aadb4e07aef17f8383572e64b563df6fc6af0b 'public/infographie/carte-visite-infirmiere.jpg' 'Website-public/carte-visite-infirmiere.jpg'
get SandrineFial/Website-public d1aadb4e07aef17f8383572e64b563df6fc6af0b 'public/infographie/carte-visite-menage.jpg' 'Website-public/carte-visite-menage.jpg'
get SandrineFial/Website-public d1aadb4e07aef17f8383572e64b563df6fc6af0b 'public/infographie/carte-visite-paysagiste.jpg' 'Website-public/carte-visite-paysagiste.jpg'
get SandrineFial/Website-public d1aadb4e07aef17f8383572e64b563df6fc6af0b 'public/infographie/carte-visite-demenagement.jpg' 'Website-public/carte-visite-demenagement.jpg'
get felicescommunication/felices-communication b94ad974b32f2e1f54df75848b85d3c14f30f175 'src/assets/carte-de-visite-BCH.webp' 'felices-communication/carte-de-visite-BCH.webp'
get felicescommunication/felices-communication b94ad974b32f2e1f54df75848b85d3c14f30f175 'src/assets/carte-visite-grand-blanc.webp' 'felices-communication/carte-visite-grand-blanc.webp'
get felicescommunication/felices-communication b94ad974b32f2e1f54df75848b85d3c14f30f175 'src/assets/carte-de-visite-la-D.webp' 'felices-communication/carte-de-visite-la-D.webp'
get Zveltana/Zveltana.github.io 178e68e3231a176f8c164451064b60fec87f0f7f 'assets/front/images/realisations/carte-visite-rj.webp' 'Zveltana.github.io/carte-visite-rj.webp'
get Zveltana/Zveltana.github.io 178e68e3231a176f8c164451064b60fec87f0f7f 'assets/front/images/realisations/carte-visite-artio-coaching.webp' 'Zveltana.github.io/carte-visite-artio-coaching.webp'
get Zveltana/Zveltana.github.io 178e68e3231a176f8c164451064b60fec87f0f7f 'assets/front/images/realisations/carte-visite-ti-jan.webp' 'Zveltana.github.io/carte-visite-ti-jan.webp'
get MarcChayer/portfolio 2ed7ca7bf695396c46eeea82b9dbd392d98f660a 'src/assets/images/lpGenieClimatique.jpg' 'MarcChayer-portfolio/lpGenieClimatique.jpg'
get loantruong/loan-truong.fr 58396e6dd501fa62c5b91361613f7fe7ecad450a 'img/portfolio/smartphood/carte-visite-smartphood.jpg' 'loan-truong.fr/carte-visite-smartphood.jpg'
get lauDanSan/arepas-da-gusto2 67d0b19c830a5d5acd2e7fdaa1951b010d6a7390 'public/tarjeta-presentacion.jpg' 'arepas-da-gusto2/tarjeta-presentacion.jpg'
get FaSte84/IceStoneService 91c54c773c7faaef3e5964133541002806dbd9fe 'public/images/Biglietto_da_visita_retro.jpg' 'IceStoneService/Biglietto_da_visita_retro.jpg'
get BleyerMel/dams_multiservices 1699d272c160fe59447a59daa87bd022946cdf00 'carte_de_visite.jpeg' 'dams_multiservices/carte_de_visite.jpeg'
# part 19 (SOURCES.md): a held-out set of European cards (German-, Dutch- and Nordic-speaking countries)
K=virth/kssg-visitenkarten; KC=909742a5bc4ca949625129c03219b6b3c7f33851
for f in KSSG-VK_1.jpg KSSG-VK_101.jpg KSSG-VK_2.jpg KSSG-VK_3.jpg KSSG-VK_501_RS.jpg; do
  get $K $KC "resource/template/img/$f" "kssg-visitenkarten/$f"
done
F=virth/fust-visitcard; FC=ef28061e30e26c992626d73a26ce7529537314af
get $F $FC 'resource/template/vorlagen/KueBa/VK_dt_KueBa_VS_voll.jpg' 'fust-visitcard/VK_dt_KueBa_VS_voll.jpg'
get $F $FC 'resource/template/img/Visit_Monteur_VS_de.jpg' 'fust-visitcard/Visit_Monteur_VS_de.jpg'
get $F $FC 'resource/template/vorlagen/Verkauf/VK_dt_Verkauf_RS.jpg' 'fust-visitcard/VK_dt_Verkauf_RS.jpg'
# part 20 (SOURCES.md): a held-out set of European cards (Romance-language share)
get RebeccaMeier/website 3664fac43afc3528103fd43ca17ea6f18deb0195 'static/img/IV/IV_image17a.jpg' 'RebeccaMeier-website/IV_image17a.jpg'
get RebeccaMeier/website 3664fac43afc3528103fd43ca17ea6f18deb0195 'static/img/IV/IV_image16a.jpg' 'RebeccaMeier-website/IV_image16a.jpg'
get RebeccaMeier/website 3664fac43afc3528103fd43ca17ea6f18deb0195 'static/img/IV/IV_image9a.jpg' 'RebeccaMeier-website/IV_image9a.jpg'
get RebeccaMeier/website 3664fac43afc3528103fd43ca17ea6f18deb0195 'static/img/IV/IV_image11a.jpg' 'RebeccaMeier-website/IV_image11a.jpg'
get trackgraphics/website 274b73a248f84504d4ba50e2a16d949e4bad23a8 'portfolio-grafica/portfolio-biglietti-da-visita-negozi.jpg' 'trackgraphics-website/portfolio-biglietti-da-visita-negozi.jpg'
get Heretiks/Maelle-portfolio-react abaef8ad483aac2d9b1e66213322b914f2290797 'src/assets/projects/maison-marie/mockup-carte-visite-2/Groupe167.png' 'Maelle-portfolio-react/Groupe167.png'
get raffaelepiccolo39-commits/studio-agency 362c99ed83a88a672705d4fdaec447379c38b57a 'public/progetti/alma-studio/alma-studio-02.jpg' 'studio-agency/alma-studio-02.jpg'
get raffaelepiccolo39-commits/studio-agency 362c99ed83a88a672705d4fdaec447379c38b57a 'public/progetti/quadrifoglio-group/quadrifoglio-10.jpg' 'studio-agency/quadrifoglio-10.jpg'
get kaankaplan619-oss/hm-global-ecommerce f7507785834fae372595d1a3fd7037e82555a197 'public/images/realisations/hm-global-print.jpg' 'hm-global-ecommerce/hm-global-print.jpg'
get Tarcros/site-latitude-sud dd3b4461936cc8aa755a95e9d6fb40db67560281 'assets/projects/branding/bonnes-epices/presentation/bonnes-epices-cartes-visite-mockup.webp' 'site-latitude-sud/bonnes-epices-cartes-visite-mockup.webp'
get Tarcros/site-latitude-sud dd3b4461936cc8aa755a95e9d6fb40db67560281 'assets/projects/branding/cist/mockup-business-cards.webp' 'site-latitude-sud/mockup-business-cards.webp'
get Tarcros/site-latitude-sud dd3b4461936cc8aa755a95e9d6fb40db67560281 'assets/projects/branding/le-pressing/mockups/business-card.webp' 'site-latitude-sud/business-card.webp'
get Flibouche/co2m 8bf15afd846d10c5753386c1215b6efab1a8ba82 'public/portfolio/print-cartes-de-visite-co2m.webp' 'co2m/print-cartes-de-visite-co2m.webp'
get Flibouche/co2m 8bf15afd846d10c5753386c1215b6efab1a8ba82 'public/portfolio/print-cartes-de-visite-kaiden-shop.webp' 'co2m/print-cartes-de-visite-kaiden-shop.webp'
# part 21 (SOURCES.md): a held-out set of European cards (the UK, Ireland, Central and Eastern Europe, Greece)
get BrindzaB/Varazskep 78d71ef66794a085ffb1fe9c4427756fb769f4c0 'public/images/Termekek_Nevjegykartya.jpg' 'Varazskep/Termekek_Nevjegykartya.jpg'
get steve958/plant-centar 29ca514a71a3bc15deaf02b8a7fc31b09e936087 'src/assets/vizitka.jpg' 'plant-centar/vizitka.jpg'
get Quirex0/bp_reservation_project d84389fde0cc7bcf61bd1c1b145aa86b902254ad 'public/vizitky.jpg' 'bp_reservation_project/vizitky.jpg'
get quatricise/etuare-web-2024 fd22bb06d8237696bd0a457657d2c96f1cdfb94e 'projects/adria_gold/vizitky.jpg' 'etuare-web-2024/adria_gold_vizitky.jpg'
get quatricise/etuare-web-2024 fd22bb06d8237696bd0a457657d2c96f1cdfb94e 'projects/napacider/vizitky.jpg' 'etuare-web-2024/napacider_vizitky.jpg'
get thatchermain/Choinki 708120af0be943d236d665facc7c4d15fbd0ecc3 'src/assets/images/wizytowka.png' 'Choinki/wizytowka.png'
get michal20000505-sudo/portfolio-site 355af2a78d5b67db8fdec69873ab5191fdba7dd1 'Wizytówka-9x5.jpg' 'michal20000505-sudo-portfolio-site/wizytowka-9x5.jpg'
get k0wal45/lunaris-site fda0495a7f21596e78454101256664ee9d95b40b 'src/assets/webp/bqcarswizytowka.webp' 'lunaris-site/bqcarswizytowka.webp'
get k0wal45/lunaris-site fda0495a7f21596e78454101256664ee9d95b40b 'src/assets/webp/merkuryWizytowka.webp' 'lunaris-site/merkuryWizytowka.webp'
get nikadevstudio-rgb/Nika-portfolio 09e3ccaf9278955a0bbc087063227c07486881e6 'obrazky/vizitka.webp' 'Nika-portfolio/vizitka.webp'
get dstojiljkovic1999/Dimitrije-Portfolio 1951003bc90c2e83cc808c3957f0d7bc228f36c3 'Slike/project/vizitka5.jpg' 'Dimitrije-Portfolio/vizitka5.jpg'
get dstojiljkovic1999/Dimitrije-Portfolio 1951003bc90c2e83cc808c3957f0d7bc228f36c3 'Slike/project/vizitka2.jpg' 'Dimitrije-Portfolio/vizitka2.jpg'
get Freegle/iznik-nuxt 52ba1c06b6d5417ed8d7c46659af569eddc72dae 'static/businesscards/FreegleBusinessCardSmall.jpg' 'iznik-nuxt/FreegleBusinessCardSmall.jpg'
get rjsaulitis/reinards 37d6f84cc16add6710e106d5332340d54f60f2e0 'public/images/old/mockups/lmg/lmg.jpg' 'reinards/lmg.jpg'
get Tymek/klg 1fed1e56fc48bf423d1a55afb157b073567d5ec5 'src/images/milin/wizytowki-milin.jpg' 'klg/wizytowki-milin.jpg'
get Lilljucy/CreoLAB 50c0df17efb1a97f3b0844e96edc2ec44774dd65 'public/portfolio-full/vismotus/04-dizajn-posjetnice.jpg' 'CreoLAB/04-dizajn-posjetnice.jpg'
get ai01t/https-github.com-ai01t-mlynnapile cbe74280c5d7de0f03145501d7cda5b3c68270d1 'public/images/business-card.png' 'https-github.com-ai01t-mlynnapile/business-card.png'
# part 22 (SOURCES.md): a held-out set of European cards (German-, Dutch- and Nordic-speaking share)
get jeromehaas/hellergrafik-ui 807d8f0ac8fa2ee8753926969053e6141f44fad5 'media/img/work/xund/02_2500_Geschaeftsdrucksachen_012.jpg' 'hellergrafik-ui/02_2500_Geschaeftsdrucksachen_012.jpg'
get jeromehaas/hellergrafik-ui 807d8f0ac8fa2ee8753926969053e6141f44fad5 'media/img/work/xund/04_2500_Geschaeftsdrucksachen_03_hoch.jpg' 'hellergrafik-ui/04_2500_Geschaeftsdrucksachen_03_hoch.jpg'
get jeromehaas/hellergrafik-ui 807d8f0ac8fa2ee8753926969053e6141f44fad5 'media/img/work/sigrist-photometer/sigrist_hellergrafik_05_2500.jpg' 'hellergrafik-ui/sigrist_hellergrafik_05_2500.jpg'
get gdmgent-1718-3CMO/1718-3CMO-BaP-orlademe feb9811c94d4f4ae9cd419b094a683206795dbc0 'images/visitekaart.png' '1718-3CMO-BaP-orlademe/visitekaart.png'
get 3DJakob/salonghantverkargatan2.se 452c71a9f4a45ea47242458df9cecd823513a502 'assets/img/visitkort.jpg' 'salonghantverkargatan2.se/visitkort.jpg'
get ItsMeRomian/FriendlyTapirs c0d1e3858cf42044e7db0effdea31d5e3fa8e50e 'img/visitekaartje.jpg' 'FriendlyTapirs/visitekaartje.jpg'
get jgroenen/gmproductions.nl 3cb524f0279443a8078ed9f73f41cb455a91f844 'assets/img/visitekaartje.jpg' 'gmproductions.nl/visitekaartje.jpg'
get transparantkaartje/transparantkaartje.github.io d95982c8a2cea746a84e3ec1802b0e478ed57f8f 'images/card-web.png' 'transparantkaartje.github.io/card-web.png'
# part 23 (SOURCES.md): a held-out set of European cards (Southern European share)
get MrYugen/mryugenweb b300d1eb6a2e6ce18f09e8877068880c750f672a 'src/assets/images/caffeine_mockup3.jpg' 'mryugenweb/caffeine_mockup3.jpg'
get sousaauf/portfolio d79883548511427d315a9973fe22dad5cd46437b 'images/business-card.jpg' 'sousaauf-portfolio/business-card.jpg'
get Jfscastro88/Print7-Web-Page fb104d2d6c3bb3ef23b342d31e6090a0679665d3 'print7/src/assets/images/carousel/estacionarios/sta6.jpg' 'Print7-Web-Page/sta6.jpg'
get Jfscastro88/Print7-Web-Page fb104d2d6c3bb3ef23b342d31e6090a0679665d3 'print7/src/assets/images/carousel/estacionarios/sta7.jpg' 'Print7-Web-Page/sta7.jpg'
get Jfscastro88/Print7-Web-Page fb104d2d6c3bb3ef23b342d31e6090a0679665d3 'print7/src/assets/images/carousel/estacionarios/sta8.jpg' 'Print7-Web-Page/sta8.jpg'
get Jfscastro88/Print7-Web-Page fb104d2d6c3bb3ef23b342d31e6090a0679665d3 'print7/src/assets/images/carousel/estacionarios/sta9.jpg' 'Print7-Web-Page/sta9.jpg'
get LorenzoGiralda/giralda-design e213ca373a11470b105c1522f42a63fc888773ec 'src/img/biglietto-fiasconaro-fr.png' 'giralda-design/biglietto-fiasconaro-fr.png'
get LorenzoGiralda/giralda-design e213ca373a11470b105c1522f42a63fc888773ec 'src/img/bigliettino-vm-costruzioni-fr.png' 'giralda-design/bigliettino-vm-costruzioni-fr.png'
get LorenzoGiralda/giralda-design e213ca373a11470b105c1522f42a63fc888773ec 'src/img/bigliettino-cosi.png' 'giralda-design/bigliettino-cosi.png'
get LorenzoGiralda/giralda-design e213ca373a11470b105c1522f42a63fc888773ec 'src/img/biglietitno-estetista-re.png' 'giralda-design/biglietitno-estetista-re.png'
get riki-felix/ricardofelix.es 0775d879aafee10534c3d94aa24fad7d89b451b8 'content.bck/diseno/debut/images/vcard-debut_rfs.jpg' 'ricardofelix.es/vcard-debut_rfs.jpg'
get andreacorradi/andreacorradi.github.io 7779c4031f3eaa31bd7a7cba9b0e696cce58fb7a 'old_untilJan19/img/portfolio/omc/cards.jpg' 'andreacorradi.github.io/cards.jpg'
get andreacorradi/andreacorradi.github.io 7779c4031f3eaa31bd7a7cba9b0e696cce58fb7a 'old_untilJan19/img/portfolio/gocce/biglietto-foto.jpg' 'andreacorradi.github.io/biglietto-foto.jpg'
# part 24 (SOURCES.md): a held-out set of European cards (France, Belgium, the UK, Central and Eastern Europe)
get CloeAeka/portfolio ebca3e96e5a6d7621a61b5f7f4518e29cf85139a 'print/carte visite.jpg' 'CloeAeka-portfolio/carte visite.jpg'
get zinouninou/cours-github-openclassrooms 882a2367ce0749554a54788131285faba516029d 'images/carteVisite.jpg' 'cours-github-openclassrooms/carteVisite.jpg'
get maximeabade/Motoculture f47308f41aaeb4a20b10b5606b319e62bff838b7 'img/carte_de_visite.jpg' 'Motoculture/carte_de_visite.jpg'
get SalmaAr2/soumaa f3be536e7ff55162bce6e9b2ec6d7906dcd3114d 'assets/img/carteVisite.jpg' 'soumaa/carteVisite.jpg'
get SalmaAr2/soumaa f3be536e7ff55162bce6e9b2ec6d7906dcd3114d 'assets/img/carte-visite2.jpg' 'soumaa/carte-visite2.jpg'
get emfaa/portfolio2020 77431e539c1c9aac80e2d33a9052d0378d04927c 'img/cartevisite.jpg' 'emfaa-portfolio2020/cartevisite.jpg'
get ingzulex/EW b4f074b0a91dd7836449c7a34b72cb68876c73ac 'images/vizitka.png' 'EW/vizitka.png'
get Juka99/vizitka abdd2b0d81f5fc114bc7b3309c615a193eedf498 'images/vizitka.png' 'Juka99-vizitka/vizitka.png'
get profrychlost/profrychlost 670cb3acb911c2a5572036cbdef6355155bd158a 'vizitka.png' 'profrychlost/vizitka.png'
get robertdurica/studnenakluc 5fc9249b006f2ece824417c658b531c2961083aa 'vizitka.png' 'studnenakluc/vizitka.png'
get HyoMiYing/vilasonca 83ca92dcf669afab49b8787416ac9b57b489cf40 'images/vizitka.jpeg' 'vilasonca/vizitka.jpeg'
get internetowebiznesy-pl/home 974c86473f3176a6274a111a1f968dd37bd545eb 'img/wizytowka.png' 'internetowebiznesy-pl-home/wizytowka.png'
get c-wooobe/GoWash 3cd99f1ca55a4cc3ae4a0ad9b6af6aca5e536575 'img/wizytowki.png' 'GoWash/wizytowki.png'
get jkrupins/bwadwokaci 7a443e97bc1cd4668c0f2b051e82e963142f6f93 'img/wizytowki.png' 'bwadwokaci/wizytowki.png'
get Kingdavidglad/radio69 b94bc675a7a892848f3e704a51b42a7a8c9c8beb 'nevjegykartya.png' 'radio69/nevjegykartya.png'
get efilipec/zadatak1 adb97dd72fe61f6c280265fecce25d447060e848 'posjetnica.png' 'efilipec-zadatak1/posjetnica.png'
get SF-tech25/fynepropertyservices a730b3d1107d5193219a047cb2828ef4b080e713 'business-card.png' 'fynepropertyservices/business-card.png'
get pyace1/website_Stress_Relief 6ccbfd78f6bf6056a071fd18d29b28ba9f984141 'images/vizitka.png' 'website_Stress_Relief/vizitka.png'
get JakubGarczarek/TrichoHolistic a1c195d5c2f6503e4546b75e8d63e23411d40914 'img/wizytowka.jpg' 'TrichoHolistic/wizytowka.jpg'
get innermond/innermond.github.io 2204b27effa051c3fecd79764c465c5dd7b0b792 'img/carti-vizita-plastifiate.jpg' 'innermond.github.io/carti-vizita-plastifiate.jpg'
get innermond/innermond.github.io 2204b27effa051c3fecd79764c465c5dd7b0b792 'img/carti-vizita-standard.jpg' 'innermond.github.io/carti-vizita-standard.jpg'
get innermond/innermond.github.io 2204b27effa051c3fecd79764c465c5dd7b0b792 'img/carte-vizita-text-auriu.jpg' 'innermond.github.io/carte-vizita-text-auriu.jpg'
get innermond/innermond.github.io 2204b27effa051c3fecd79764c465c5dd7b0b792 'img/carte-vizita-scris-alb-serigrafie.jpg' 'innermond.github.io/carte-vizita-scris-alb-serigrafie.jpg'
get innermond/innermond.github.io 2204b27effa051c3fecd79764c465c5dd7b0b792 'img/carti-de-vizita-carton-argintiu.jpg' 'innermond.github.io/carti-de-vizita-carton-argintiu.jpg'
get zsoit/szm16pomocit 2b1a3701cb032d603d701bcaff6846392c17dd46 'img/wizytowka1.jpg' 'szm16pomocit/wizytowka1.jpg'
get MajaArtukovic/taste-of-island ea0d3ac0a777861a3b1fd109e1817e223b0424d3 'assets/img/vizitka.jpg' 'taste-of-island/vizitka.jpg'
get Multiplats-Camelia/Multiplats-Camelia.github.io db5e775722a530d57bec60249788a7178153ba47 'img/carte.jpg' 'Multiplats-Camelia.github.io/carte.jpg'
# part 25 (SOURCES.md): a held-out set of European cards (German-, Dutch- and Nordic-speaking share)
get Lieke04/gruitersgraphics 4458730d68080ba4b991fed724a08ab8a709adda 'img/joordens-2.jpg' 'gruitersgraphics/joordens-2.jpg'
get adgdesign/adgdesign 8ab126c71e6827d1b03e976750108192243d3c51 'images/feel-recruitment_2.png' 'adgdesign/feel-recruitment_2.png'
get ElisaCalamita/elisacalamita.github.io 3ecce85a97219edf436885504c41fe4fc63880ec 'images/visitekaartjes-salario.jpg' 'elisacalamita.github.io/visitekaartjes-salario.jpg'
get gdmgent-1718-3CMO/1718-3CMO-BaP-lienvanransbeeck 74006ae2de6979835c3e9ce3f3f714ef3d811df5 'assets/images/visitekaartje.png' '1718-3CMO-BaP-lienvanransbeeck/visitekaartje.png'
get Ima1H/ossm-jekyll c485cea363bedebbb71173c3926d34522e062cc8 'uploads/rpa-1.png' 'ossm-jekyll/rpa-1.png'
get Ima1H/ossm-jekyll c485cea363bedebbb71173c3926d34522e062cc8 'uploads/ste-1.jpeg' 'ossm-jekyll/ste-1.jpeg'
get Ima1H/ossm-jekyll c485cea363bedebbb71173c3926d34522e062cc8 'uploads/wlb-2.png' 'ossm-jekyll/wlb-2.png'
get crocuspaperi/crocuspaperi e7152bb2ac293f9675fc35f5f844e5b5944948d3 'content/portfolio/branding/4/full.jpg' 'crocuspaperi/branding4-full.jpg'
get crocuspaperi/crocuspaperi e7152bb2ac293f9675fc35f5f844e5b5944948d3 'content/portfolio/branding/5/full.jpg' 'crocuspaperi/branding5-full.jpg'
get crocuspaperi/crocuspaperi e7152bb2ac293f9675fc35f5f844e5b5944948d3 'content/portfolio/branding/13/full.jpg' 'crocuspaperi/branding13-full.jpg'
get darkjive/pxlngn.net 05d1f1243b3864d5b9b6b15518b9b2754af71823 'src/assets/images/Screenshot-2024-12-11-173938.jpg' 'pxlngn.net/Screenshot-2024-12-11-173938.jpg'
# part 26 (SOURCES.md): a held-out set of European cards (Southern European share)
get Carloslt5/portfolio_web ff4338f7410c3440b3a42a715b943f03d9fcea3c 'src/assets/images/proyects/tarjetas/visual_tarjetas_02.webp' 'Carloslt5-portfolio_web/visual_tarjetas_02.webp'
get Iraa28/ixtrastudio.github.io ebcf219b6d5630c3e7ddefd6a388bd3666c86ada 'images/tarjeta.jpg' 'ixtrastudio.github.io/tarjeta.jpg'
# part 27 (SOURCES.md): a held-out set of European cards (France, the UK, Central and Eastern Europe)
get lan-e/Myportfolio 251565d8b4016ce7ba572a27d5221b7476f05b0b 'img/vizitke.jpg' 'lan-e-Myportfolio/vizitke.jpg'
get manglebot/misterben-website 726ea8a314ffbf9efb4d7628d944cfcafe41182f 'img/business-cards.jpg' 'misterben-website/business-cards.jpg'
get iedesigner/blog.github.io 8577d2df55c99f9bc819964e79e3adf128f479ec 'img/business-cards.jpg' 'iedesigner-blog.github.io/business-cards.jpg'
get iedesigner/blog.github.io 8577d2df55c99f9bc819964e79e3adf128f479ec 'img/business-cards-3.jpg' 'iedesigner-blog.github.io/business-cards-3.jpg'
get iedesigner/blog.github.io 8577d2df55c99f9bc819964e79e3adf128f479ec 'img/business-cards-2.jpg' 'iedesigner-blog.github.io/business-cards-2.jpg'
get PakiSYT/zenithlabweb 3cb24ff3d8546b86c0f73baedcab09b36e2452ca 'img/portfolio/wizytowki grawer.jpeg' 'zenithlabweb/wizytowki grawer.jpeg'
get Jrenov/Website fbf5f1625a23468539a0b9fda40d49a625025710 'images/carte de visite.png' 'Jrenov-Website/carte de visite.png'
get Gringo140/Portfolio 8708db6bcf79a8a5bdd72c4bd4e52c1abdebd7b2 'public/images/carte de visite.png' 'Gringo140-Portfolio/carte de visite.png'
get picodesign/portfolio_2023 dfcd32cf8e3ee6a979e47de390a5f9cb969e9da3 'images/confluence/carte_de_visite_1.jpg' 'picodesign-portfolio_2023/carte_de_visite_1.jpg'
get picodesign/portfolio_2023 dfcd32cf8e3ee6a979e47de390a5f9cb969e9da3 'images/confluence/carte_de_visite_2.jpg' 'picodesign-portfolio_2023/carte_de_visite_2.jpg'
get Auras-Digital-Dream/auras-digital-dream d89ba7a7d41a71fabdf6ef5ee3f9b923af056bbd 'public/portfolio/carti-de-vizita/7574268cc_2.png' 'auras-digital-dream/7574268cc_2.png'
get justine1410/andrine_institut 95b85c90b9c642c79165aef3595e1c8c428acdc4 'img/carte de visite.jpg' 'andrine_institut/carte de visite.jpg'
get doudiSpace/portefolio 614f2018bfb4d7bf4ea1131b10b2555968ee93cd 'img/carte de visite.png' 'doudiSpace-portefolio/carte de visite.png'
get donnemoifaim/dev_donnemoifaim a8c03acb0ab1105ffdcfd77d3d766f0ed19063d0 'imgs/carte-visite-verso.png' 'dev_donnemoifaim/carte-visite-verso.png'
get lucasatrapova/mojeportfolio 0864ef6d21472eab0b0525393262a48adfd25dca 'img/vizitka2.jpg' 'lucasatrapova-mojeportfolio/vizitka2.jpg'
get AgnieszkaPanowicz/AgnieszkaPanowicz.github.io 42512e02c5ff49538f053fe8364b682cdb7bb612 'img/big-wizytowka3.jpg' 'AgnieszkaPanowicz.github.io/big-wizytowka3.jpg'
# part 28 (SOURCES.md): a held-out set of European cards (Southern Europe, designers' portfolios)
get kimografico/portfolio cf3b478bae6519aec95699c4c0543df95c24831e 'public/images/portfolio/design/papeleria/papeleria-corporativa-para-una-imprenta-digital004.jpg' 'kimografico-portfolio/papeleria-corporativa-para-una-imprenta-digital004.jpg'
get kimografico/portfolio cf3b478bae6519aec95699c4c0543df95c24831e 'public/images/portfolio/design/papeleria/papeleria-corporativa-para-una-imprenta-digital006.jpg' 'kimografico-portfolio/papeleria-corporativa-para-una-imprenta-digital006.jpg'
get kimografico/portfolio cf3b478bae6519aec95699c4c0543df95c24831e 'public/images/portfolio/design/logotipos/rg-inox003.jpg' 'kimografico-portfolio/rg-inox003.jpg'
get kimografico/portfolio cf3b478bae6519aec95699c4c0543df95c24831e 'public/images/portfolio/design/logotipos/ceres-medioambiente002.jpg' 'kimografico-portfolio/ceres-medioambiente002.jpg'
get kimografico/portfolio cf3b478bae6519aec95699c4c0543df95c24831e 'public/images/portfolio/design/logotipos/hogar-900003.jpg' 'kimografico-portfolio/hogar-900003.jpg'
# part 29 (SOURCES.md): a held-out set of European cards (designers' portfolios and small firms' sites)
get dennisjaehring/designj-website 2f55f95b63d01d5b167c5f1fb53e9bd4345c50e0 'images/referenzen/designj_referenz_sezi_telekom_02.webp' 'designj-website/designj_referenz_sezi_telekom_02.webp'
get dennisjaehring/designj-website 2f55f95b63d01d5b167c5f1fb53e9bd4345c50e0 'images/referenzen/designj_referenz_sezi_telekom_03.webp' 'designj-website/designj_referenz_sezi_telekom_03.webp'
get unknownFrequency/flamingo 6078010071647b5b1dc51d424fecbde6e607480a 'public/images/visitkort_tilbud.jpg' 'flamingo/visitkort_tilbud.jpg'
get hermanndethleffsen/portfolio 579b04400df242c7b9d40868291309643c20a492 'static/media/Hevanca_Visitenkarte.27394daa5d01443c01d3.jpg' 'hermanndethleffsen-portfolio/Hevanca_Visitenkarte.27394daa5d01443c01d3.jpg'
get LeduBaSk/dinop 799dfe16f43a52e6fcac892db699236538450dc9 'vizitka.jpg' 'dinop/vizitka.jpg'
get giggio1588/giggio1588.github.io 4a8506e7a9b07d28ed5f139a8d1b72f9c2c30930 'images/bigliettino.jpg' 'giggio1588.github.io/bigliettino.jpg'
# part 30 (held-out, German-, Dutch- and Nordic-speaking Europe): 7 images from 5 repositories; labels in labels30.hashed.json
P=piccto/piccto_git; PC=2b2621d3d074449079a2b8b77a1d23d220dc044b
get JoKeizer/websiteandco 030b024230bd0c2090251fcb5dc826e0cf29462e 'public/images/always-healthy-air-visitekaartje.jpg' 'websiteandco/always-healthy-air-visitekaartje.jpg'
get ZeroxD05/az-bauingenieure 1f95d1c2210a95bc526a53ba85abe52faa3fa20d 'businesscard.png' 'az-bauingenieure/businesscard.png'
get sanderware12-hue/sanderware12-hue a02530fb574991150e7c91d47b70758eb351cb45 'Visitenkarte.jpg' 'sanderware12-hue/Visitenkarte.jpg'
for f in claria_office.jpg feinrichten_office.png woog_mix.jpg; do
  get $P $PC "bilder/portfolio/$f" "piccto_git/$f"
done
get timmkuehle/NORDEN bc0625bc224bd17673df11a88d562f81288ab94b 'content/resources/media/aranea/01_ARANEA_Briefpapier.jpg' 'NORDEN/01_ARANEA_Briefpapier.jpg'
# part 31 (SOURCES.md): a held-out set of Southern European cards (one image)
get Noialia/sito d4d004396c3b00f0b8d2cb5961968093f7a7293f 'img/biglietto.jpeg' 'Noialia-sito/biglietto.jpeg'
# part 32 (held-out, France/Wallonia/UK-Ireland/Central-Eastern Europe share): see SOURCES.md "Part 32"
RK=czkiii/rekaklima; RKC=3f97da794ff08731394ea9a7d48466fae0771e9b
get $RK $RKC 'public/assets/portfolio/marka_arculat_kepek/4151350_an.jpg' 'rekaklima/4151350_an.jpg'
get $RK $RKC 'public/assets/portfolio/marka_arculat_kepek/kalmar_nevjegy.jpg' 'rekaklima/kalmar_nevjegy.jpg'
get Tallia-Anne/portfoliotallia 17c77cb021da46781200eb69359ddab233906950 'src/assets/285e0c127604347.Y3JvcCw5MjIsNzIxLDAsMTg.webp' 'portfoliotallia/285e0c127604347.Y3JvcCw5MjIsNzIxLDAsMTg.webp'
get michalek990/awa 24a0c03367befd240deb8eb51b462c62ac5845f4 'src/assets/Wizytówki.jpg' 'awa/Wizytowki.jpg'
get Pmejna/portfolio 060ec2495fa8d840900791391ba45d71ae6fe624 'src/assets/images/Wizytowki.jpg' 'Pmejna-portfolio/Wizytowki.jpg'
get chromatyk/kaiartsuv2 659565f95fa9dcd65111b6205c5d88bd3ff45433 'assets/images/mockUp/carteVistiteKaiartsu.jpg' 'kaiartsuv2/carteVistiteKaiartsu.jpg'
CB=Ciombi99/strona-portfolio; CBC=73d763c2994a3579fffa7631c4849834a2f03ec3
get $CB $CBC 'src/imports/wizyt_wa.png' 'Ciombi99-strona-portfolio/wizyt_wa.png'
get $CB $CBC 'src/imports/wizyt_wka_Kozak.jpg' 'Ciombi99-strona-portfolio/wizyt_wka_Kozak.jpg'
# part 33 (held-out, OCR / document-scanning / contact-capture / computer-vision route, all of Europe): 8 images from 7 repositories; labels in labels33.hashed.json
get Hellopro-fr/RAG-HP-PUB 9402da67ce4d9249dc56a901dd68f58a7ee2cd69 'images/carte_de_visite.png' 'RAG-HP-PUB/carte_de_visite.png'
get magithubacc/befriends 8fad3c5087f5a303b206a3825d5d1f31b2e6d4b4 'images/visitenkarte.jpg' 'befriends/visitenkarte.jpg'
get msmaintenance/msmaintenance44 0ceea83668f45c7f78182d737c5afb8ba81487ac 'carte-de-visite.jpg' 'msmaintenance44/carte-de-visite.jpg'
get cello81/Visitenkarte f4bc9aeba192e2cf8cb2dcaab54a4d761e3cb956 'res/drawable-mdpi/visitenkarte.jpg' 'cello81-Visitenkarte/visitenkarte.jpg'
get cello81/Visitenkarte f4bc9aeba192e2cf8cb2dcaab54a4d761e3cb956 'res/drawable-mdpi/visitenkarte_neu.jpg' 'cello81-Visitenkarte/visitenkarte_neu.jpg'
get synchrone/mixorama.xyz d1e5374751e1334f71ca5b5336d6d31080abae3e 'images/business_card.png' 'mixorama.xyz/business_card.png'
get cercataxi/branding 8c2b6027f5b285fc71deda4bb835e0a042cd2f05 'business_card.png' 'cercataxi-branding/business_card.png'
get haiderBusiness/K-Parturi_promotion 7e171b79070da0cec5e279dd899680be4dff3637 'business_card.png' 'K-Parturi_promotion/business_card.png'
# part 34 (held-out, German-, Dutch- and Nordic-speaking Europe): 5 images from 5 repositories; labels in labels34.hashed.json
get bitlair/businesscard 791736c572504bd531daddc0f5b6d6882dc8771d 'single.png' 'bitlair-businesscard/single.png'
get muccc/ci 022a1a5e7defe6cdeaa1f777e1ab6d7f789c2fe5 'aufkleber/cam_aufkleber/visitenkarte_front.png' 'muccc-ci/visitenkarte_front.png'
get sakalliAI/StressfreiKFZGutachter 337f83baa720f612a45a521d1c1ca62ce19212e1 'brand/VK.png' 'StressfreiKFZGutachter/VK.png'
get BinHacken/BinselStube 634ca1ceacc7c7a905691dfbac4471e211ba9910 'businesscard/back.jpg' 'BinselStube/back.jpg'
get realraum/logo be2e6905f70353ef8bb23c9f056d1e8cc6adb2f6 'visitenkarte.png' 'realraum-logo/visitenkarte.png'
# part 35 (held-out, Southern Europe: Italy, Spain incl. Catalonia and the Basque Country, Portugal, Greece, Malta, Cyprus, San Marino): 2 images from 2 repositories; labels in labels35.hashed.json
get VantiaDigital/Vantia.digital 02f091339f9d02da1480cca7965608b0cec67290 'assets/downloads/vantia-tarjeta-reverso.png' 'Vantia.digital/vantia-tarjeta-reverso.png'
get musa3101/mynext e9309bf0fd7af2b18fbe6237b1d1ff11c0419856 'public/assets/img/portfolio/ecuaplac-card-layout.png' 'mynext/ecuaplac-card-layout.png'
# part 36 (held-out, France incl. overseas departments, Wallonia and Brussels, French-speaking Switzerland, Monaco, the UK and Ireland): 13 images from 5 repositories; labels in labels36.hashed.json
get MarcCoet/feedByDesign1 2f5cdcdb1edc0360599ee1a79ac5399f4c31f5b6 'data/portfolio/bubbles/gallery/BUBBLES-CDV1.jpg' 'feedByDesign1/BUBBLES-CDV1.jpg'
get MarcCoet/feedByDesign1 2f5cdcdb1edc0360599ee1a79ac5399f4c31f5b6 'data/portfolio/feed-by-design/gallery/0c980c52697581.5919cb973d80f.jpg' 'feedByDesign1/0c980c52697581.5919cb973d80f.jpg'
get MarcCoet/feedByDesign1 2f5cdcdb1edc0360599ee1a79ac5399f4c31f5b6 'data/portfolio/feed-by-design/gallery/657a7152697581.5919ccfd85583.jpg' 'feedByDesign1/657a7152697581.5919ccfd85583.jpg'
GZ=grafiz-designer/grafiz; GZC=737ac36b5648dfbfebb792477d55ab3e40683f00
for f in carte-1.jpg carte-2.jpg carte-3.jpg carte-4.jpg carte.jpg; do
  get $GZ $GZC "assets/img/Branding---/Boenouvo---/cartes_de_visites/$f" "grafiz/$f"
done
get julien-sebag-portfolio/julien-sebag-portfolio.github.io 486098b5eace324953fb42742ad61d2f5bb0af3f 'assets/images/m-business-cards-lab.png' 'julien-sebag-portfolio.github.io/m-business-cards-lab.png'
get leanehuguenot/portfolio f649a274cbcb871e45a0dcf8f9205a6af4833931 'static/img/restaurantcevennes/img-cevennesensesveines-02.png' 'leanehuguenot-portfolio/img-cevennesensesveines-02.png'
get leanehuguenot/portfolio f649a274cbcb871e45a0dcf8f9205a6af4833931 'static/img/ameenlumiere/img-ameenlumiere-04.png' 'leanehuguenot-portfolio/img-ameenlumiere-04.png'
get leanehuguenot/portfolio f649a274cbcb871e45a0dcf8f9205a6af4833931 'static/img/bonbonsdesvosges/img-bonbonsdesvosges-05.png' 'leanehuguenot-portfolio/img-bonbonsdesvosges-05.png'
get valentincauro/portfolio aa379e5e54042e07e8f47a195c04478d64468b21 'static/img/ledesertenville/ldev_identite_4.jpg' 'valentincauro-portfolio/ldev_identite_4.jpg'
# part 37 (held-out, Central and Eastern Europe and the Baltics): 9 images from 4 repositories; labels in labels37.hashed.json
get Emin2024541561/moj-Portfolio 2bc08ea5bc2dbdc0aa02e19e02e50d385cb6e385 'end_1b.png' 'moj-Portfolio/end_1b.png'
get Aewass/merjemdurakovic a0de513107a771e3a24b422f6b05d071bb52272a 'public/branding/branding-shams-travel/1.jpg' 'merjemdurakovic/branding-shams-travel_1.jpg'
get Aewass/merjemdurakovic a0de513107a771e3a24b422f6b05d071bb52272a 'public/branding/branding-shams-travel/2.jpg' 'merjemdurakovic/branding-shams-travel_2.jpg'
get Aewass/merjemdurakovic a0de513107a771e3a24b422f6b05d071bb52272a 'public/branding/branding-upscale/2.jpg' 'merjemdurakovic/branding-upscale_2.jpg'
get Aewass/merjemdurakovic a0de513107a771e3a24b422f6b05d071bb52272a 'public/visit-cards/visit-card-lezaj-trade/1.jpg' 'merjemdurakovic/visit-card-lezaj-trade_1.jpg'
get Aewass/merjemdurakovic a0de513107a771e3a24b422f6b05d071bb52272a 'public/visit-cards/visit-card-mehanizmi-ba/1.jpg' 'merjemdurakovic/visit-card-mehanizmi-ba_1.jpg'
get VadymMak/formaink 74e2078c2d347ffde36c0e0642cae4bfe29727c0 'public/images/portfolio/taxi-trencin/cards.webp' 'formaink/taxi-trencin_cards.webp'
get VadymMak/formaink 74e2078c2d347ffde36c0e0642cae4bfe29727c0 'public/images/portfolio/diagectu/cards.webp' 'formaink/diagectu_cards.webp'
get vol0054/vizitky e2d1f3456f894ade3bd5f928ea66e7fec3c6d039 'www/images/cards/Testovací.jpg' 'vol0054-vizitky/Testovaci.jpg'
# part 38 (held-out, phone photos and scans of real printed cards from card-scanner, OCR and contact-extraction projects; English-language cards from anywhere): 32 images from 5 repositories; labels in labels38.hashed.json
get Serendiggity/Business_Cards_Leads_Extractor ab01edfb111d63f180167f6294a5ad10e7bb3b78 'uploads/3dc273ac9d9b1dae5eae7e89e917581c' 'Business_Cards_Leads_Extractor/3dc273ac9d9b1dae5eae7e89e917581c.webp'
get xavier-yoov/ai-ocr-name-card-web-interface 1b60f6c18be98f1a2270df45692f0bb1ecdfad48 'imgs/IMG_2819.HEIC' 'ai-ocr-name-card-web-interface/IMG_2819.HEIC'
get Pulkitarora12/Visiting-Card-Reader- 545df7adb014154a09a649dd29cb709a711dbb32 'data/samples/vc3.jpeg' 'Visiting-Card-Reader-/vc3.jpeg'
get Pulkitarora12/Visiting-Card-Reader- 545df7adb014154a09a649dd29cb709a711dbb32 'data/samples/vc4.jpeg' 'Visiting-Card-Reader-/vc4.jpeg'
get Pulkitarora12/Visiting-Card-Reader- 6231eb113f1fe633cacf432ca79cbe07df565dd6 'data/samples/vc6.jpeg' 'Visiting-Card-Reader-/vc6.jpeg'
get Pulkitarora12/Visiting-Card-Reader- 6231eb113f1fe633cacf432ca79cbe07df565dd6 'data/samples/vc7.jpeg' 'Visiting-Card-Reader-/vc7.jpeg'
get Pulkitarora12/Visiting-Card-Reader- 545df7adb014154a09a649dd29cb709a711dbb32 'data/samples/vs2.jpeg' 'Visiting-Card-Reader-/vs2.jpeg'
get niyatisanja0206/Visiting-card-recognition-app f941c2019c6e2f3891fd927c512c7f49c2d14bc0 'upload_image/IMG_1282_20251217_180255_216177.HEIC' 'Visiting-card-recognition-app/IMG_1282_20251217_180255_216177.HEIC'
get niyatisanja0206/Visiting-card-recognition-app f941c2019c6e2f3891fd927c512c7f49c2d14bc0 'upload_image/WhatsApp_Image_2025-12-16_at_2.28.36_PM_20251217_164817_864056.jpeg' 'Visiting-card-recognition-app/WhatsApp_Image_2025-12-16_at_2.28.36_PM_20251217_164817_864056.jpeg'
get niyatisanja0206/Visiting-card-recognition-app f941c2019c6e2f3891fd927c512c7f49c2d14bc0 'upload_image/WhatsApp_Image_2025-12-16_at_2.34.52_PM_20251217_161853_861839.jpeg' 'Visiting-card-recognition-app/WhatsApp_Image_2025-12-16_at_2.34.52_PM_20251217_161853_861839.jpeg'
SJ=Sailajayadav/fastapi-mcp-visiting-card-ocr-registration; SJC=5a110009393744dc85d1753397b516ad94eea371
for f in Card6.jpeg Card11.jpeg Card13.jpeg Card17.jpeg Card20.jpeg Card21.jpeg Card22.jpeg Card24.jpeg Card26.jpeg Card29.jpeg Card30.jpeg Card32.jpeg Card36.jpeg Card38.jpeg Card44.jpeg Card46.jpeg Card48.jpeg Card51.jpeg Card58.jpeg Card65.jpeg Card69.jpeg Card76.jpeg; do
  get $SJ $SJC "tools/Cards_new/$f" "fastapi-mcp-visiting-card-ocr-registration/$f"
done

# part 39 (held-out, German-, Dutch-, Nordic-speaking and Central/Eastern European cards): 4 images from 4 repositories; labels in labels39.hashed.json
get misiakfilip/eden-website 70288d334136672b08103bbbacc7813c5c222599 'images/wizytówka.jpg' 'eden-website/wizytowka.jpg'
get JarekKas/balticfizjo 36e7111a20f5bd5280edea767a763dfd9560882e 'wizytówka.jpg' 'balticfizjo/wizytowka.jpg'
get scopeweb/jk-design 2a8da3d8b7b5bd61fd831348328dc7c0adde13bd 'user/pages/01.home/_portfolio/WebStories.png' 'jk-design/WebStories.png'
get Kata12344/FodraszWeblap de6ac86cc7ffaa0eacde8c0774eda6046c3136da 'kepek/nevjegy.jpg' 'FodraszWeblap/nevjegy.jpg'

# part 40 (held-out, Southern and Western Europe: France, Belgium, French/Italian Switzerland, Luxembourg, UK, Ireland, Spain incl. Andorra, Portugal, Italy, Greece, Malta): 6 images from 6 repositories; labels in labels40.hashed.json
get y-informatique/Y-info a730a95bddd68cf83c20992e3bc543137f31ef66 'recto.png' 'Y-info/recto.png'
get szavocat/szavocat.github.io 3dbb7d6341020665410abd5441a23065a6f655c6 'verso.png' 'szavocat.github.io/verso.png'
get tyka29/tyka 35a0b4eff47b2276fa19d701353dd810007abeca 'img/cdv/cdv3.png' 'tyka/cdv3.png'
get dylanpimont18-hub/solybat 99440cfa0187c13b9fa3f348aaf0e5d257e20b82 'identite-visuelle/carte-visite-verso.png' 'solybat/carte-visite-verso.png'
get yowiprod/Webs 86a4dd02794eb9945eec43466a42a648e1cde2c9 'tarjeta-destacamos-dorso.png' 'yowiprod-Webs/tarjeta-destacamos-dorso.png'
get DamienRichardII/Portfolio---Sandrine- 25f705ceb5a1ca7d197bafdac5db830788a563c6 'assets/photos/projects/kingbrel/1.png' 'Portfolio---Sandrine-/1.png'

# part 41 (held-out, phone photos, scans and print files of real printed cards from card-scanner, OCR and contact-extraction projects, plus small-business sites' own visiting cards; India, the UAE, the US, Canada and Pakistan): 27 images from 11 repositories; labels in labels41.hashed.json
get merunyasri/visitingcard_data_extraction c3cd2b73495c15b983e67c361150d57f260b9ffc 'uploads/img.jpg' 'visitingcard_data_extraction/img.jpg'
get merunyasri/visitingcard_data_extraction c3cd2b73495c15b983e67c361150d57f260b9ffc 'uploads/img2.jpg' 'visitingcard_data_extraction/img2.jpg'
get merunyasri/visitingcard_data_extraction c3cd2b73495c15b983e67c361150d57f260b9ffc 'uploads/img3.jpg' 'visitingcard_data_extraction/img3.jpg'
get merunyasri/visitingcard_data_extraction c3cd2b73495c15b983e67c361150d57f260b9ffc 'uploads/img4_1.jpg' 'visitingcard_data_extraction/img4_1.jpg'
get merunyasri/visitingcard_data_extraction c3cd2b73495c15b983e67c361150d57f260b9ffc 'uploads/img5.jpg' 'visitingcard_data_extraction/img5.jpg'
get merunyasri/visitingcard_data_extraction c3cd2b73495c15b983e67c361150d57f260b9ffc 'uploads/vs2.jpg' 'visitingcard_data_extraction/vs2.jpg'
get merunyasri/visitingcard_data_extraction c3cd2b73495c15b983e67c361150d57f260b9ffc 'uploads/vs3.jpg' 'visitingcard_data_extraction/vs3.jpg'
get roynikhilesh45-creator/Viswkarma-Constructions 88d1df34b22201bb615357b4d3f6d0aef85ca5bc 'images/backside.jpeg' 'Viswkarma-Constructions/backside.jpeg'
get tbhavar/Visiting_Card_Scanner 5743fda3a46e02736db4ab5df35e1975a1a3a360 'Sample_Card.jpeg' 'Visiting_Card_Scanner/Sample_Card.jpeg'
get chandandas9353r/scan_visiting_card 68df406ff35fbbaa0132a48b6a149d21482fdb20 'scanned/MicrosoftTeams-image.png' 'scan_visiting_card/MicrosoftTeams-image.png'
get chandandas9353r/scan_visiting_card 68df406ff35fbbaa0132a48b6a149d21482fdb20 'scanned/MicrosoftTeams-image (2).png' 'scan_visiting_card/MicrosoftTeams-image_2.png'
get chandandas9353r/scan_visiting_card 68df406ff35fbbaa0132a48b6a149d21482fdb20 'scanned/MicrosoftTeams-image (3).png' 'scan_visiting_card/MicrosoftTeams-image_3.png'
get chandandas9353r/scan_visiting_card 68df406ff35fbbaa0132a48b6a149d21482fdb20 'scanned/MicrosoftTeams-image (4).png' 'scan_visiting_card/MicrosoftTeams-image_4.png'
get chandandas9353r/scan_visiting_card 68df406ff35fbbaa0132a48b6a149d21482fdb20 'scanned/MicrosoftTeams-image (5).png' 'scan_visiting_card/MicrosoftTeams-image_5.png'
get chandandas9353r/scan_visiting_card 68df406ff35fbbaa0132a48b6a149d21482fdb20 'scanned/MicrosoftTeams-image (6).png' 'scan_visiting_card/MicrosoftTeams-image_6.png'
get chandandas9353r/scan_visiting_card 13cbebb93370802433f5b8f48556d8c53eb21769 'scanned/scanned.png' 'scan_visiting_card/scanned.png'
get skMishra5100/Visiting_card_extracter 05934f34764ece7854c8e2a29ffa0b1e88adea89 'Visiting_Cards/6ad622f5-c888-41d4-a77e-884a4d505337.jpg' 'Visiting_card_extracter/6ad622f5-c888-41d4-a77e-884a4d505337.jpg'
get skMishra5100/Visiting_card_extracter 05934f34764ece7854c8e2a29ffa0b1e88adea89 'Visiting_Cards/77c6f59b-d533-4895-ae48-71452991e5b7.jpg' 'Visiting_card_extracter/77c6f59b-d533-4895-ae48-71452991e5b7.jpg'
get skMishra5100/Visiting_card_extracter 05934f34764ece7854c8e2a29ffa0b1e88adea89 'Visiting_Cards/84c0e480-5bae-4418-b203-def998cfeeb4.jpg' 'Visiting_card_extracter/84c0e480-5bae-4418-b203-def998cfeeb4.jpg'
get skMishra5100/Visiting_card_extracter 05934f34764ece7854c8e2a29ffa0b1e88adea89 'Visiting_Cards/bc4a26cb-0743-4d2c-8847-95b5fc741416.jpg' 'Visiting_card_extracter/bc4a26cb-0743-4d2c-8847-95b5fc741416.jpg'
get skMishra5100/Visiting_card_extracter 05934f34764ece7854c8e2a29ffa0b1e88adea89 'Visiting_Cards/Media.jpg' 'Visiting_card_extracter/Media.jpg'
get ashutoshc4i4/Visiting_card_reader 2a6dbeab64911f5bbcf252db7cb7edce9c9b7646 'uploads/camera-capture.jpg' 'Visiting_card_reader/camera-capture.jpg'
get Github23020/farm 6d517c047ce6724b29e61076d9abede95ccd0493 'visiting-card.jpg' 'farm/visiting-card.jpg'
get missionode/ChakraMeditation b270e309b89d97e860320df16a4fdaa07f9523a6 'visiting-card.jpg' 'ChakraMeditation/visiting-card.jpg'
get Binu-Tamang/City-taxi-cab f2286b4e9ca24f756e2c613060df295a1c8f69bf 'images/visiting-card.jpg' 'City-taxi-cab/visiting-card.jpg'
get rajiprem72/royalshelters 9f967cf9d4a2328af179a465679a74179f79ff03 'images/visiting-card.jpg' 'royalshelters/visiting-card.jpg'
get xoftsisdevloper/MMPackersAndMovers 8c462008fb7a7e9b995ac9bdc8498a48a712eb82 'images/visiting_card.jpg' 'MMPackersAndMovers/visiting_card.jpg'

# part 42 (held-out, real cards from outside India found through card-image file names on small-business sites; scanner/OCR projects searched, none usable): 19 images from 19 repositories; labels in labels42.hashed.json
get Nasara2001/nasaratech.com ad4d5c6d87696dc6c6c55b6c039cefa054b83963 'card_front.jpg' 'nasaratech.com/card_front.jpg'
get tdcarlin/doctorfixedit.github.io 52ec4ca7d21ab9191d940cef8fb5db28871de1e9 'businesscard.jpg' 'doctorfixedit.github.io/businesscard.jpg'
get hoodmate/Maisha-Tours 780e33466df42dfbac1258018b9240b559fe1f9f 'business-card.jpeg' 'Maisha-Tours/business-card.jpeg'
get kreativesahara/lensmenTechnologies b164a0740eaff80d25769a7cae5e7573dfa1068d 'businesscard.jpg' 'lensmenTechnologies/businesscard.jpg'
get EndeavorRentals/welcome 5f3b56bbb585b5edf22c32433f8df5bc0878d7bb 'card_front.jpg' 'welcome/card_front.jpg'
get coderboiix/johnwill-logistics 3e625ddf50d41cb7c29843e7cad09c37bbea62cf 'business-card.jpg' 'johnwill-logistics/business-card.jpg'
get Josh1218/jd-holistic-home-care ee5a6c23c064a13829aab6fac1f43c3055ce7002 'business-card.jpg' 'jd-holistic-home-care/business-card.jpg'
get Avila760/rcbroz-junkremoval 41b6b109251a94dc0e38735b360b75bdd301db7a 'images/business-card.jpg' 'rcbroz-junkremoval/business-card.jpg'
get EmilFrlez/blue-ridge-massage d1d8a0dd371911c06bc170b30bbc1b6e166cd8f7 'images/business-card.jpg' 'blue-ridge-massage/business-card.jpg'
get FAR8ODA/Auditora-Home-Inspection-Web-Page b45e6e83556e9214bc27e2340e452f373fce10a1 'images/business-card.jpg' 'Auditora-Home-Inspection-Web-Page/business-card.jpg'
get jdcowgirl48/daddyshandscw 5a07798fd59c7adb4575d3712a4b6e5065201e27 'images/business-card.jpg' 'daddyshandscw/business-card.jpg'
get asmara313/asmarauae.com cbcd386ddd79c8bf2c40d444a08f8fc3c6b0d1a8 'images/business-card.jpg' 'asmarauae.com/business-card.jpg'
get NuyraSwanson/bbs-building-services 95292545fc3c12a35b2f70703168ec2de1c7ca1c 'images/business-card.png' 'bbs-building-services/business-card.png'
get christopher-zaman/handsonheartllc df11eae4ac03827b58b0f2861274406432b888bd 'images/business-card.png' 'handsonheartllc/business-card.png'
get Yabu920/konjo-buna-company-CMS 2e4c7e9b76112973359cafa4cfb7c1ebd4a5790e 'images/business-card.png' 'konjo-buna-company-CMS/business-card.png'
get BusinessTechProducts/dms-recycling eb8ced11c113a892508153613ece894b63dd3f75 'images/businesscard.jpg' 'dms-recycling/businesscard.jpg'
get dakotahhh/daydreamFamilyDentistry 120da6364a01ce57f61807ee02160ab4da562776 'images/businesscard.jpg' 'daydreamFamilyDentistry/businesscard.jpg'
get tdurtschi/food-forest-folks 5a977e38365049c95d38559aea2e4c146e823f81 'images/business-card.jpeg' 'food-forest-folks/business-card.jpeg'
get AWD-2069/cleanitup 7d55c84661a8fc11b1c147ad540967b12bee6438 'images/business_card.jpg' 'cleanitup/business_card.jpg'

# part 43 (held-out, European cards of any country): 7 images from 7 repositories; labels in labels43.hashed.json
get sense-chess/artwork 5849f8c32644c6457ff39c5e651d46af4880c42f 'businesscard-back.png' 'sense-chess-artwork/businesscard-back.png'
get rollerUK/design_materials 60655205e444268b6334ae83546aef957770a978 'business_card_rear.png' 'rollerUK-design_materials/business_card_rear.png'
get andomain/business-cards c3439444bbfd7d5adc0882b27cd1676d9ec7962e 'business-cards.png' 'andomain-business-cards/business-cards.png'
get DrI-T/design 4717ead1f79d36a2e96403a3b06cfff654b088f7 'business-cards.png' 'DrI-T-design/business-cards.png'
get serendeepia/playbook 50964fd72b9bd6ec8b1a22b282550b41d6f9f76a '_docs_internal/images/business_card.png' 'serendeepia-playbook/business_card.png'
get EmptyStackExn/lri-business-cards 655d00e98ce6cc0e390e13bc5244a8fef474ddaf 'screenshot.png' 'lri-business-cards/screenshot.png'
get red-gate/honeycomb 059d68322022fa15fa64e71d23f6caca1cfd367c 'src/assets/images/brand/business-cards/business-card-front-2.png' 'red-gate-honeycomb/business-card-front-2.png'

# part 44 (held-out, local mirror sweep): 5 images from 3 repositories; labels in labels44.hashed.json
get site-3/design 2fb536201fb1a5105de575f322c58589af698c18 'business-card/Site3businesscardbackFinal2018.jpg' 'design/Site3businesscardbackFinal2018.jpg'
get site-3/design 2fb536201fb1a5105de575f322c58589af698c18 'business-card/back.png' 'design/back.png'
get atayumurta/atayumurta.github.io cf9a675e26f32203e3d796265d022ea5487e00aa 'business-card/front.png' 'atayumurta.github.io/front.png'
get atayumurta/atayumurta.github.io cf9a675e26f32203e3d796265d022ea5487e00aa 'business-card/back.png' 'atayumurta.github.io/back.png'
get sundaramdetergentchemical/sundaram ef8538a76aa1fe561b13bfaa88aa7b722403c857 'visiting-card.jpg' 'sundaram/visiting-card.jpg'

# part 45 (held-out, real cards from card-scanner, OCR, contact-extraction and CRM projects, third round): 65 images from 9 repositories; labels in labels45.hashed.json
get 07legion/Business-Card-Scanner 85458afee32cc13210ad5766dfbfe87e4ef63e9c 'Test-images/img0.jpg' '07legion-Business-Card-Scanner/img0.jpg'
get 07legion/Business-Card-Scanner 85458afee32cc13210ad5766dfbfe87e4ef63e9c 'Test-images/img1.jpg' '07legion-Business-Card-Scanner/img1.jpg'
get 07legion/Business-Card-Scanner 85458afee32cc13210ad5766dfbfe87e4ef63e9c 'Test-images/img10.jpg' '07legion-Business-Card-Scanner/img10.jpg'
get 07legion/Business-Card-Scanner 85458afee32cc13210ad5766dfbfe87e4ef63e9c 'Test-images/img11.jpg' '07legion-Business-Card-Scanner/img11.jpg'
get 07legion/Business-Card-Scanner 85458afee32cc13210ad5766dfbfe87e4ef63e9c 'Test-images/img12.jpg' '07legion-Business-Card-Scanner/img12.jpg'
get 07legion/Business-Card-Scanner 85458afee32cc13210ad5766dfbfe87e4ef63e9c 'Test-images/img13.jpg' '07legion-Business-Card-Scanner/img13.jpg'
get 07legion/Business-Card-Scanner 85458afee32cc13210ad5766dfbfe87e4ef63e9c 'Test-images/img14.jpg' '07legion-Business-Card-Scanner/img14.jpg'
get 07legion/Business-Card-Scanner 85458afee32cc13210ad5766dfbfe87e4ef63e9c 'Test-images/img15.jpg' '07legion-Business-Card-Scanner/img15.jpg'
get 07legion/Business-Card-Scanner 85458afee32cc13210ad5766dfbfe87e4ef63e9c 'Test-images/img16.jpg' '07legion-Business-Card-Scanner/img16.jpg'
get 07legion/Business-Card-Scanner 85458afee32cc13210ad5766dfbfe87e4ef63e9c 'Test-images/img17.jpg' '07legion-Business-Card-Scanner/img17.jpg'
get 07legion/Business-Card-Scanner 85458afee32cc13210ad5766dfbfe87e4ef63e9c 'Test-images/img18.jpg' '07legion-Business-Card-Scanner/img18.jpg'
get 07legion/Business-Card-Scanner 85458afee32cc13210ad5766dfbfe87e4ef63e9c 'Test-images/img19.jpg' '07legion-Business-Card-Scanner/img19.jpg'
get 07legion/Business-Card-Scanner 85458afee32cc13210ad5766dfbfe87e4ef63e9c 'Test-images/img20.jpg' '07legion-Business-Card-Scanner/img20.jpg'
get 07legion/Business-Card-Scanner 85458afee32cc13210ad5766dfbfe87e4ef63e9c 'Test-images/img21.jpg' '07legion-Business-Card-Scanner/img21.jpg'
get 07legion/Business-Card-Scanner 85458afee32cc13210ad5766dfbfe87e4ef63e9c 'Test-images/img22.jpg' '07legion-Business-Card-Scanner/img22.jpg'
get 07legion/Business-Card-Scanner 85458afee32cc13210ad5766dfbfe87e4ef63e9c 'Test-images/img23.jpg' '07legion-Business-Card-Scanner/img23.jpg'
get 07legion/Business-Card-Scanner 85458afee32cc13210ad5766dfbfe87e4ef63e9c 'Test-images/img24.jpg' '07legion-Business-Card-Scanner/img24.jpg'
get 07legion/Business-Card-Scanner 85458afee32cc13210ad5766dfbfe87e4ef63e9c 'Test-images/img25.jpg' '07legion-Business-Card-Scanner/img25.jpg'
get 07legion/Business-Card-Scanner 85458afee32cc13210ad5766dfbfe87e4ef63e9c 'Test-images/img26.jpg' '07legion-Business-Card-Scanner/img26.jpg'
get 07legion/Business-Card-Scanner 85458afee32cc13210ad5766dfbfe87e4ef63e9c 'Test-images/img27.jpg' '07legion-Business-Card-Scanner/img27.jpg'
get 07legion/Business-Card-Scanner 85458afee32cc13210ad5766dfbfe87e4ef63e9c 'Test-images/img28.jpg' '07legion-Business-Card-Scanner/img28.jpg'
get 07legion/Business-Card-Scanner 85458afee32cc13210ad5766dfbfe87e4ef63e9c 'Test-images/img29.jpg' '07legion-Business-Card-Scanner/img29.jpg'
get 07legion/Business-Card-Scanner 85458afee32cc13210ad5766dfbfe87e4ef63e9c 'Test-images/img3.jpg' '07legion-Business-Card-Scanner/img3.jpg'
get 07legion/Business-Card-Scanner 85458afee32cc13210ad5766dfbfe87e4ef63e9c 'Test-images/img30.jpg' '07legion-Business-Card-Scanner/img30.jpg'
get 07legion/Business-Card-Scanner 85458afee32cc13210ad5766dfbfe87e4ef63e9c 'Test-images/img31.jpg' '07legion-Business-Card-Scanner/img31.jpg'
get 07legion/Business-Card-Scanner 85458afee32cc13210ad5766dfbfe87e4ef63e9c 'Test-images/img32.jpg' '07legion-Business-Card-Scanner/img32.jpg'
get 07legion/Business-Card-Scanner 85458afee32cc13210ad5766dfbfe87e4ef63e9c 'Test-images/img33.jpg' '07legion-Business-Card-Scanner/img33.jpg'
get 07legion/Business-Card-Scanner 85458afee32cc13210ad5766dfbfe87e4ef63e9c 'Test-images/img34.jpg' '07legion-Business-Card-Scanner/img34.jpg'
get 07legion/Business-Card-Scanner 85458afee32cc13210ad5766dfbfe87e4ef63e9c 'Test-images/img35.jpg' '07legion-Business-Card-Scanner/img35.jpg'
get 07legion/Business-Card-Scanner 85458afee32cc13210ad5766dfbfe87e4ef63e9c 'Test-images/img36.jpg' '07legion-Business-Card-Scanner/img36.jpg'
get 07legion/Business-Card-Scanner 85458afee32cc13210ad5766dfbfe87e4ef63e9c 'Test-images/img37.jpg' '07legion-Business-Card-Scanner/img37.jpg'
get 07legion/Business-Card-Scanner 85458afee32cc13210ad5766dfbfe87e4ef63e9c 'Test-images/img38.jpg' '07legion-Business-Card-Scanner/img38.jpg'
get 07legion/Business-Card-Scanner 85458afee32cc13210ad5766dfbfe87e4ef63e9c 'Test-images/img39.jpg' '07legion-Business-Card-Scanner/img39.jpg'
get 07legion/Business-Card-Scanner 85458afee32cc13210ad5766dfbfe87e4ef63e9c 'Test-images/img4.jpg' '07legion-Business-Card-Scanner/img4.jpg'
get 07legion/Business-Card-Scanner 85458afee32cc13210ad5766dfbfe87e4ef63e9c 'Test-images/img40.jpg' '07legion-Business-Card-Scanner/img40.jpg'
get 07legion/Business-Card-Scanner 85458afee32cc13210ad5766dfbfe87e4ef63e9c 'Test-images/img41.jpg' '07legion-Business-Card-Scanner/img41.jpg'
get 07legion/Business-Card-Scanner 85458afee32cc13210ad5766dfbfe87e4ef63e9c 'Test-images/img5.jpg' '07legion-Business-Card-Scanner/img5.jpg'
get 07legion/Business-Card-Scanner 85458afee32cc13210ad5766dfbfe87e4ef63e9c 'Test-images/img6.jpg' '07legion-Business-Card-Scanner/img6.jpg'
get 07legion/Business-Card-Scanner 85458afee32cc13210ad5766dfbfe87e4ef63e9c 'Test-images/img7.jpg' '07legion-Business-Card-Scanner/img7.jpg'
get 07legion/Business-Card-Scanner 85458afee32cc13210ad5766dfbfe87e4ef63e9c 'Test-images/img8.jpg' '07legion-Business-Card-Scanner/img8.jpg'
get 07legion/Business-Card-Scanner 85458afee32cc13210ad5766dfbfe87e4ef63e9c 'Test-images/img9.jpg' '07legion-Business-Card-Scanner/img9.jpg'
get CharlieLai0405/Business-Card-Recognition-System-Using-LLM 698a6cca1eb098d7fceb9b0ce58c52c1c4a3acff 'GPT/BusinessCard/LINE_ALBUM_名片_250324_23.jpg' 'Business-Card-Recognition-System-Using-LLM/LINE_ALBUM_250324_23.jpg'
get CharlieLai0405/Business-Card-Recognition-System-Using-LLM 698a6cca1eb098d7fceb9b0ce58c52c1c4a3acff 'GPT/picture.jpg' 'Business-Card-Recognition-System-Using-LLM/picture.jpg'
get Shilpi-Kumari/Business_Card_Reader 7aab31556c98c180205d9c1ad0bfd28f5ad2ad5d 'Business_Card_Reader/WhatsApp Image 2018-11-04 at 11.11.03 PM.jpeg' 'Business_Card_Reader/WhatsApp_Image_2018-11-04_at_11.11.03_PM.jpeg'
get Sidmaurya/Bussiness-Card-Detector 53e9e8bd019be77f73803b48367970ec714a3950 'backend/images/v-3-mark-solution-ctm-ahmedabad-printing-press-1rbh5.jpg' 'Bussiness-Card-Detector/v-3-mark-solution-ctm-ahmedabad-printing-press-1rbh5.jpg'
get davidyong0418/Codeigniter-CRM 9be212de7270148aee48cefdf5d36eaed6939e8b 'uploads/business_card.jpg' 'Codeigniter-CRM/business_card.jpg'
get 209163/IT_APP_WE0730_business_card_reader 8b1eb2ab330fad5567baa34bb744d609823117fe 'cards-test-set/IMG_20180307_0002.jpg' 'IT_APP_WE0730_business_card_reader/IMG_20180307_0002.jpg'
get 209163/IT_APP_WE0730_business_card_reader 8b1eb2ab330fad5567baa34bb744d609823117fe 'cards-test-set/IMG_20180307_0003.jpg' 'IT_APP_WE0730_business_card_reader/IMG_20180307_0003.jpg'
get 209163/IT_APP_WE0730_business_card_reader 8b1eb2ab330fad5567baa34bb744d609823117fe 'cards-test-set/kkkk.jpg' 'IT_APP_WE0730_business_card_reader/kkkk.jpg'
get 209163/IT_APP_WE0730_business_card_reader 8b1eb2ab330fad5567baa34bb744d609823117fe 'cards-test-set/lll.jpg' 'IT_APP_WE0730_business_card_reader/lll.jpg'
get 209163/IT_APP_WE0730_business_card_reader 8b1eb2ab330fad5567baa34bb744d609823117fe 'cards-test-set/m.jpg' 'IT_APP_WE0730_business_card_reader/m.jpg'
get 209163/IT_APP_WE0730_business_card_reader 8b1eb2ab330fad5567baa34bb744d609823117fe 'cards-test-set/mm.jpg' 'IT_APP_WE0730_business_card_reader/mm.jpg'
get 209163/IT_APP_WE0730_business_card_reader 8b1eb2ab330fad5567baa34bb744d609823117fe 'cards-test-set/mmm.jpg' 'IT_APP_WE0730_business_card_reader/mmm.jpg'
get 209163/IT_APP_WE0730_business_card_reader 8b1eb2ab330fad5567baa34bb744d609823117fe 'cards-test-set/n.jpg' 'IT_APP_WE0730_business_card_reader/n.jpg'
get 209163/IT_APP_WE0730_business_card_reader 8b1eb2ab330fad5567baa34bb744d609823117fe 'cards-test-set/nnn.jpg' 'IT_APP_WE0730_business_card_reader/nnn.jpg'
get 209163/IT_APP_WE0730_business_card_reader 8b1eb2ab330fad5567baa34bb744d609823117fe 'cards-test-set/oo.jpg' 'IT_APP_WE0730_business_card_reader/oo.jpg'
get 209163/IT_APP_WE0730_business_card_reader 8b1eb2ab330fad5567baa34bb744d609823117fe 'cards-test-set/pp.jpg' 'IT_APP_WE0730_business_card_reader/pp.jpg'
get 209163/IT_APP_WE0730_business_card_reader 8b1eb2ab330fad5567baa34bb744d609823117fe 'cards-test-set/r.jpg' 'IT_APP_WE0730_business_card_reader/r.jpg'
get 209163/IT_APP_WE0730_business_card_reader 8b1eb2ab330fad5567baa34bb744d609823117fe 'cards-test-set/rrr.jpg' 'IT_APP_WE0730_business_card_reader/rrr.jpg'
get Surfing-Cipher/Intelligent-Business-Card-Scanner 0f56efc21c8cb001e72e54960d94e4273b6dba62 'test/test2.jpg' 'Intelligent-Business-Card-Scanner/test2.jpg'
get yogeshn07/OCR-Text-Recognition-Model db6d12ff460a65a6f1aa5f8af4456008a88b5f79 'my-python-project/OCR_Text_Recognition/ocr tests/test 1.jpg' 'OCR-Text-Recognition-Model/test_1.jpg'
get SuperLin1998/business_card_search_final ed85d662aa494914b9422a93d117940b87fb3e36 'static/uploads/07d65267-6bd5-46a7-83c5-23b1d2f06574.jpg' 'business_card_search_final/07d65267-6bd5-46a7-83c5-23b1d2f06574.jpg'
get SuperLin1998/business_card_search_final ed85d662aa494914b9422a93d117940b87fb3e36 'static/uploads/photo_2025-04-29_18-05-05.jpg' 'business_card_search_final/photo_2025-04-29_18-05-05.jpg'
get SuperLin1998/business_card_search_final ed85d662aa494914b9422a93d117940b87fb3e36 'static/uploads/photo_2025-04-29_18-08-48.jpg' 'business_card_search_final/photo_2025-04-29_18-08-48.jpg'
get SuperLin1998/business_card_search_final ed85d662aa494914b9422a93d117940b87fb3e36 'static/uploads/photo_4_2025-04-28_00-30-42.jpg' 'business_card_search_final/photo_4_2025-04-28_00-30-42.jpg'

# part 46 (held-out, small firms' own sites: visiting/namecard/kartvizit/tarjeta/cartao/vcard/contact-card file names): 26 images from 26 repositories; labels in labels46.hashed.json
get oddtechteam/MoryaEngg-Web 41ea062d2dbd1266fce65cb9e09798134edba204 'images/visiting-card.png' 'MoryaEngg-Web/visiting-card.png'
get halilcan-18/sercars-web b26cccbdd307cb7b3a2e621b2e43251e3926d93c 'kartvizit.jpg' 'sercars-web/kartvizit.jpg'
get TechHubCorp/middleman 6c28a9e700b6862c727eb262d6be62bc0b20e7ae 'img/visiting-card.jpg' 'middleman/visiting-card.jpg'
get venkatasai-517/GRACE-fitness 638df5ab1669e4136bc63484e0b24bdb09e3e229 'img/visiting-card.jpg' 'GRACE-fitness/visiting-card.jpg'
get hiby90hou/GTRS 4104efc7740c8af4012ab6e54bac1df19e097226 'namecard.jpg' 'GTRS/namecard.jpg'
get Praveen2435/Real-state-static af6d517a8a68b76fa597f78db3e4660dc6d87655 'images/visiting-card.jpeg' 'Real-state-static/visiting-card.jpeg'
get VenkateshGanisetti/SLD 68cfac411adcc6c28f133a34f852fd0fdb3e0fd4 'images/visitingcard.jpg' 'SLD/visitingcard.jpg'
get akhildesigns07/chithira 29503b410024766869002aa983b1538f363c6582 'images/visitingcard.jpg' 'chithira/visitingcard.jpg'
get buddy6606/myexportworld 3361eee20c651b56d222228e3e5518a176532527 'images/visiting_card.png' 'myexportworld/visiting_card.png'
get rudrahometuitions/rudrahometuitions.com 7948212c28e85628c7de700753c8d30a25f71974 'images/visiting_card.png' 'rudrahometuitions.com/visiting_card.png'
get prakharsharma123/NarSinghTour-Trevels 78fb4363e5a248158aa538dd9f2ce6bb031a6885 'images/visiting_card.png' 'NarSinghTour-Trevels/visiting_card.png'
get Abishek-TA/murugan_traders1 454da8e7dcdb8912a88353396f136d86c96f3f3c 'photos/visiting_card.jpg' 'murugan_traders1/visiting_card.jpg'
get bhaveshnanda/SP-Royal-Agency c64e247de5e45d098149e4c0f0a73475269bf28d 'visiting_card.jpg' 'SP-Royal-Agency/visiting_card.jpg'
get sanasahana23/FriendsCabs 4e564121770da94b84bef47ec4913324811d5fcf 'images/visitingcard.png' 'FriendsCabs/visitingcard.png'
get Adios25/Ariana-aqua-tech-website 08511cc8baa1bd407aecba7a4481b9bf71b4d81e 'assets/visiting-card.jpg' 'Ariana-aqua-tech-website/visiting-card.jpg'
get vivek-sahu12/AdityaAgency f67055b637a7415ba71454410da78f407845da4f 'Photos/gallery/visiting-card.jpg' 'AdityaAgency/visiting-card.jpg'
get Fazilniyaz/SS-Constructions ef3e7baca0e537c402f9a2987be7a2c1c2abd6a8 'public/images/visiting-card.jpg' 'SS-Constructions/visiting-card.jpg'
get Lokesh19-2005/clearitrtax 8abe513d0e7523d07ee191450fa6afb98eccfe52 'public/images/visiting-card.jpg' 'clearitrtax/visiting-card.jpg'
get PanjaChaitanya/SSV-HomeCare-Services 4e1b39bfb57f0aa698f48ca7371faa80dcced8b1 'public/images/visiting-card.jpg' 'SSV-HomeCare-Services/visiting-card.jpg'
get Trunhan/jleletromecanica 5b2b6e6cef48ce87161d353f2fa9ef0430a8acb4 'cartao.png' 'jleletromecanica/cartao.png'
get xaviermoreno12/ThePrintQueQuen 86bd4d0d22a7a84c5c9022886d5b35ef1099f4b2 'tarjeta.jpg' 'ThePrintQueQuen/tarjeta.jpg'
get Jorgelisapa/construpanel 67f5f1922033a66a0b206d291b085ec399d4e463 'tarjeta.jpg' 'construpanel/tarjeta.jpg'
get senbagaraman04/SunthiOils d284dfc03c0fbf276280500ba587644fbc6bb672 'vcard.jpg' 'SunthiOils/vcard.jpg'
get SanfordLawnServices/sanford-lawn-services f53f7e93cfd5d65abe93c891bf2e67e7a91bb483 'contact-card.png' 'sanford-lawn-services/contact-card.png'
get MustajabShaikh/nm_engineers 44229199ea981dbaf4c4091af43985250f35c2bd 'img/visiting_card.jpg' 'nm_engineers/visiting_card.jpg'
get Abhay9519/SSINFRABUILD-CONSTRUCTION bd2c8712c480bd7ab14845fd115f44bfce6116b7 'visiting card.jpg' 'SSINFRABUILD-CONSTRUCTION/visiting_card.jpg'

# part 47 (held-out, small firms' and designers' own sites found through "business"/"bcard" card-image file names; any country): 20 images from 20 repositories; labels in labels47.hashed.json
get Minis-Mods-Manufactured/contact-page c4b6a7b58d55830a49534974db641ce9fceae40d 'Business Card.jpg' 'Minis-Mods-Manufactured-contact-page/business_card.jpg'
get ranajawad894/RecoveryServices 375c3de0fffef95f5c824fa6693d892c1772510d 'Business Card.jpg' 'RecoveryServices/business_card.jpg'
get vhlprime/hue-site b9c2cb690bc6fd0408e7d5751ba54c101863f722 'business-card.jpg' 'hue-site/business-card.jpg'
get ApondoErnest/nolicorp_frontend d44ca9c71ad85f0e665d1a936c2655e3dc067b3d 'images/business-card.jpg' 'nolicorp_frontend/business-card.jpg'
get Shammas-Development/Merciful ddf3926026c216dd0124ff58dd39fde36daaa9d0 'assets/img/business-card.jpg' 'Merciful/business-card.jpg'
get skipdev/SpitfirePrintShop 81d2c85232f8af9129ace809c1947dc95453c719 'assets/img/business-card.jpg' 'SpitfirePrintShop/business-card.jpg'
get draditenko/cartechdiagnostics 00a5691414c7688042d5a0264a3f1e48ebbc2cda 'business_card.png' 'cartechdiagnostics/business_card.png'
get easternwirecable/eastern-wire-and-cable df4f84e560c4dbe969700b546879d566e7fbbfbf 'business_card.png' 'eastern-wire-and-cable/business_card.png'
get taywhite2006/lopropertycare 475abd295f6ef0fe7f177983f7f9a92b33e24fe4 'business-card.png' 'lopropertycare/business-card.png'
get Partoo341/pe-tours-travel fd97ab4095ae2ba488924c064e02c476a4bb4671 'businesscard.png' 'pe-tours-travel/businesscard.png'
get roytekauteb-tech/IKK-SERVICES e6c87439ded84d5e90903e9a321b220e5d9d14e4 'business-card.png' 'IKK-SERVICES/business-card.png'
get tap52384/c-and-j-towing 3bafceb742fbc2c5b0349ff98bb21f49318563ec 'docs/img/business_card.jpg' 'c-and-j-towing/business_card.jpg'
get HomeShapers/homeshapers.github.io 85f60932cc279bfdf4324084c04339d67ae14548 'BusinessCard.png' 'homeshapers.github.io/BusinessCard.png'
get expertfireservices/in d6985994921c79c1ed010c3f4822fd76427a7fe7 'Business_Card.jpg' 'expertfireservices-in/Business_Card.jpg'
get SingularityIT/SingularityIT.github.io 7e07c46ad0222a2bdc5d435a451b3e74b694946b 'BusinessCard.png' 'SingularityIT.github.io/BusinessCard.png'
get necteau/easy-es-detailing 8280a4297ec8eeaa9d7a7adef9bca15c65ae9719 'assets/business-card.jpg' 'easy-es-detailing/business-card.jpg'
get treetrnk/opensourcepa.com 48817fa3dfcc63ca7232d51d7d569c2242c60716 'images/businesscard-updated.png' 'opensourcepa.com/businesscard-updated.png'
get YorkhavenSales/BusinessCard ea23f9165d5fcc5523e20ca4344e222242a4a91c 'business-card.png' 'YorkhavenSales-BusinessCard/business-card.png'
get jrmlandscaping/website fc94cefcdb5c6ecdadcf40e00db45597e9bb0870 'img/business-card.png' 'jrmlandscaping-website/business-card.png'
get K-Waterz/mutag-website 54a2402f435677daaab6e3f7186340208c7edc3d 'business-card-mockup.png' 'mutag-website/business-card-mockup.png'

# part 48 (held-out, earlier parts' unfetched candidates and small firms' own sites in India, South Asia, the Middle East and Africa found through visiting/vcard/contact-card image file names): 19 images from 19 repositories; labels in labels48.hashed.json
get Edgargreco/GrecotechWebsite 8ef1731ad93e7bac5a4e3f52399dc99a1d6166de 'businesscard.jpeg' 'GrecotechWebsite/businesscard.jpeg'
get MadhupriyaMunagala/Hospitals fcd6524f19740f6320c172053e4f656507a275cd 'images/visitingcard.jpeg' 'Hospitals/visitingcard.jpeg'
get Priyadivya16/cctv-camera 3a6e6c2442bfe51dfa392d9e448d5915d2493c55 'visiting card.jpg' 'cctv-camera/visiting_card.jpg'
get hometutionconsultancy/hometutionconstancy.github.io c400fb31c3594d3c24478a90e2e3a7e62c90532c 'vcard.jpg' 'hometutionconstancy.github.io/vcard.jpg'
get jamescoleman0/nonos-bakery d9f31dd95d390e245d98cbe844c507cf608aec7a 'contact-card.png' 'nonos-bakery/contact-card.png'
get mohamed-ansil-mk/Vacanza-experiences 112a13ecbdbc72eba61ec05f00679ef3514c0d02 'images/visitingcard.jpeg' 'Vacanza-experiences/visitingcard.jpeg'
get oggupavan/SevenColoursAnimationStudio 461eb835c2cdb0504faa6dfab358bd07613802a8 'assets/images/visiting_card.jpg' 'SevenColoursAnimationStudio/visiting_card.jpg'
get saifahmed8521/shabbirsaanworks 188e1c576b9f38ccb8d66b0bd99756d6df805af4 'visitingcard.png' 'shabbirsaanworks/visitingcard.png'
get bsit76GitHub/kttwebsiteFrontEnd e022aed4ae238655983e959b8a3976681320906a 'visitingcard.jpeg' 'kttwebsiteFrontEnd/visitingcard.jpeg'
get theunlocksales/saipooja 57776df8ede2a6ad3e13fced3015ee447afc27ea 'visitingcard.jpeg' 'saipooja/visitingcard.jpeg'
get tanish-hrk/GurujiCollection 8ee183b9412227aa49da16b33dbc1528bbe77607 'visiting card.png' 'GurujiCollection/visiting_card.png'
get fardeen02/albadrigroup.com 78dcc6804ac129dc4655a6f1086a26744835147d 'visiting.jpg' 'albadrigroup.com/visiting.jpg'
get dwarkadishaccountingcenter/dwarkadhish-accounting-center 7e71eb35d073c6b04d97e6d88f80395594cc424f 'images/visiting.png' 'dwarkadhish-accounting-center/visiting.png'
get heisenberg-96/RK-Shinecraft ed52a2d818d3ed858c417934b4d4c1acb18d2451 'Visiting Card.png' 'RK-Shinecraft/Visiting_Card.png'
get Afaque-zia/virtual-property-solution ef4b147fe3567fdc507123a80155c835cfedc858 'images/Visiting Card.jpg' 'virtual-property-solution/Visiting_Card.jpg'
get Ayurveda99/Arogya d570f5f5ac3a54276617f683a826cf53d2339344 'images/VisitingCard.jpg' 'Arogya/VisitingCard.jpg'
get iamasmit/printing_website.github.io f6f5a4c97163122356a02d20a6b6c1922a30a079 'visiting.jpg' 'printing_website.github.io/visiting.jpg'
get anchal2022/ganpati-tours-travels c535c6f091035df7d2bdf0b3cc0bd1e45bf16685 'src/assets/visitingcard.jpg' 'ganpati-tours-travels/visitingcard.jpg'
get Ragul13803/Darshan-Medical-Centre f57a44c58c5c4d45d9fe3e289bcc5ded04892b99 'public/visiting_card.jpg' 'Darshan-Medical-Centre/visiting_card.jpg'

# part 49 (held-out, continental-European firms' own cards found by card file names and phrases in German, Czech, Polish and other user languages): 3 images from 3 repositories; labels in labels49.hashed.json
get lmbernebysolutions/berneweb 4a06278084faceeba794deabfdcb8766159614fe '--/visitenkarte-back.png' 'berneweb/visitenkarte-back.png'
get kostohryzova/Portfolio e42c1759b2cf99bfa84aa6e0ed2cfa2fa1a60e67 'vizitka.png' 'kostohryzova-Portfolio/vizitka.png'
get f33vi/wulkanizacja a10114a43b10dddb5713fe9af99a4a84ae9acdcd 'wizytowka-front.png' 'wulkanizacja/wizytowka-front.png'

# part 50 (held-out, real cards from card-scanner, OCR, contact-extraction and CRM projects, fourth round): 59 images from 5 repositories; labels in labels50.hashed.json
get Daniel-Irfan/Business-Card-Reader a17e73928c6477aaf1df65e60900e881870e39c2 'Project1/images/75ad0b74-4ec4-47b9-be33-f50e1578e028.jpg' 'Daniel-Irfan-Business-Card-Reader/75ad0b74-4ec4-47b9-be33-f50e1578e028.jpg'
get Daniel-Irfan/Business-Card-Reader a17e73928c6477aaf1df65e60900e881870e39c2 'Project1/all_images/7d0ef5237844770ce272a77734208136Testfile.jpg' 'Daniel-Irfan-Business-Card-Reader/7d0ef5237844770ce272a77734208136Testfile.jpg'
get SaiDhanushKorlam/business-card-scanner f51e062b285d1c65b18734dda4fb825760f89355 'backend/uploads/1771783332923-Screenshot 2026-02-22 233146.png' 'SaiDhanushKorlam-business-card-scanner/1771783332923-Screenshot_2026-02-22_233146.png'
get hamandchees3/BusinessCardReader 0affa8e16d06003fea3c23f5fac4ec2ffb383ab0 'sample.jpg' 'hamandchees3-BusinessCardReader/sample.jpg'
get miracle-huang/Business-card-information-extraction 68fd6e8b350b8b2466ee13b2414e14ece873e3c8 'data/real-business-card/微信图片_20251218162355_118_163.jpg' 'miracle-huang-Business-card-information-extraction/wechat_20251218162355_118_163.jpg'
get miracle-huang/Business-card-information-extraction 68fd6e8b350b8b2466ee13b2414e14ece873e3c8 'data/real-business-card/微信图片_20251218162427_119_163.jpg' 'miracle-huang-Business-card-information-extraction/wechat_20251218162427_119_163.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/11.jpg' 'raj19200-Business-card-Reader/11.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/12.jpg' 'raj19200-Business-card-Reader/12.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/13.jpg' 'raj19200-Business-card-Reader/13.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/14.jpg' 'raj19200-Business-card-Reader/14.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/15.jpg' 'raj19200-Business-card-Reader/15.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/16.jpg' 'raj19200-Business-card-Reader/16.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/17.jpg' 'raj19200-Business-card-Reader/17.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/18.jpg' 'raj19200-Business-card-Reader/18.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/19.jpg' 'raj19200-Business-card-Reader/19.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/20.jpg' 'raj19200-Business-card-Reader/20.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/21.jpg' 'raj19200-Business-card-Reader/21.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/22.jpg' 'raj19200-Business-card-Reader/22.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/23.jpg' 'raj19200-Business-card-Reader/23.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/24.jpg' 'raj19200-Business-card-Reader/24.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/25.jpg' 'raj19200-Business-card-Reader/25.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/26.jpg' 'raj19200-Business-card-Reader/26.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/27.jpg' 'raj19200-Business-card-Reader/27.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/28.jpg' 'raj19200-Business-card-Reader/28.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/29.jpg' 'raj19200-Business-card-Reader/29.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/30.jpg' 'raj19200-Business-card-Reader/30.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/31.jpg' 'raj19200-Business-card-Reader/31.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/33.jpg' 'raj19200-Business-card-Reader/33.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/34.jpg' 'raj19200-Business-card-Reader/34.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/35.jpg' 'raj19200-Business-card-Reader/35.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/37.jpg' 'raj19200-Business-card-Reader/37.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/38.jpg' 'raj19200-Business-card-Reader/38.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/39.jpg' 'raj19200-Business-card-Reader/39.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/41.jpg' 'raj19200-Business-card-Reader/41.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/42.jpg' 'raj19200-Business-card-Reader/42.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/43.jpg' 'raj19200-Business-card-Reader/43.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/44.jpg' 'raj19200-Business-card-Reader/44.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/45.jpg' 'raj19200-Business-card-Reader/45.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/46.jpg' 'raj19200-Business-card-Reader/46.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/47.jpg' 'raj19200-Business-card-Reader/47.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/48.jpg' 'raj19200-Business-card-Reader/48.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/5.jpg' 'raj19200-Business-card-Reader/5.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/50.jpg' 'raj19200-Business-card-Reader/50.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/51.jpg' 'raj19200-Business-card-Reader/51.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/52.jpg' 'raj19200-Business-card-Reader/52.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/53.jpg' 'raj19200-Business-card-Reader/53.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/54.jpg' 'raj19200-Business-card-Reader/54.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/55.jpg' 'raj19200-Business-card-Reader/55.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/56.jpg' 'raj19200-Business-card-Reader/56.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/57.jpg' 'raj19200-Business-card-Reader/57.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/58.jpg' 'raj19200-Business-card-Reader/58.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/59.jpg' 'raj19200-Business-card-Reader/59.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/6.jpg' 'raj19200-Business-card-Reader/6.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/60.jpg' 'raj19200-Business-card-Reader/60.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/61.jpg' 'raj19200-Business-card-Reader/61.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/62.jpg' 'raj19200-Business-card-Reader/62.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/63.jpg' 'raj19200-Business-card-Reader/63.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/64.jpg' 'raj19200-Business-card-Reader/64.jpg'
get raj19200/Business-card-Reader a1e80a7af7dd7939d3305478f5bda80053445a4d 'Imgs/8.jpg' 'raj19200-Business-card-Reader/8.jpg'

# part 51 (held-out, small firms' own cards from the US, UK, Ireland, Canada, Australia and New Zealand found by card-image file names in public/, src/assets/ and static/ folders): 27 images from 27 repositories; labels in labels51.hashed.json
get SamRyanOfficial/Papamoacounsellinghubwebsite 74102c271ea4052079e7727d5e64fbf34f77bde4 'public/images/business-card.jpg' 'Papamoacounsellinghubwebsite/business-card.jpg'
get conels08/minute-maids-landing e36fd90f2c1a5dd0a272f49bd12a244f56cb5d28 'public/images/business-card.jpg' 'minute-maids-landing/business-card.jpg'
get jgalarza502-hub/pp-construction-premium2 b41b41cb4f7091da052da41ba7ca8c077932d9af 'public/images/business-card.jpg' 'pp-construction-premium2/business-card.jpg'
get yringler/appliance-site cc09fc74539dcc90a61fecf23ab0290bf46ce179 'static/images/business-card.jpg' 'appliance-site/business-card.jpg'
get hsburnout/idahoconstruction 75db2d0a050f85aed5aea8910df5380752aecbc7 'images/business_card.jpeg' 'idahoconstruction/business_card.jpeg'
get alma-ukvisas/almaukvisas.github.io 84f0738cf056b1161a10c6f9808c65999dea9355 'images/business_card.jpeg' 'almaukvisas.github.io/business_card.jpeg'
get SauRaj401/grmassage 1a16a723d044223e65e8616d2d540cfbc390f573 'src/assets/business-card.jpg' 'grmassage/business-card.jpg'
get Cotter45/Black_Stag 687f89e332e45f3324b3ee91ac8786b3a2ea4466 'public/business-card.png' 'Black_Stag/business-card.png'
get BlackLabelBranding/clearviewbiolabs 7559b3149089765b2dbec94ccac64e24738497a4 'public/business-card.jpg' 'clearviewbiolabs/business-card.jpg'
get somethinggreat-stack/2nddInsurance ff084175f2d3bf5028bd69a3d1ed29771195d777 'public/images/business-card.png' '2nddInsurance/business-card.png'
get afhan-akhtar/Jaguars-Security-Services 26968969e229cb7d5ba20de340aa69fd4acbfd56 'public/images/business-card.png' 'Jaguars-Security-Services/business-card.png'
get Jackb-03/Onewaydriving eb06fe136f70f4a8c598bf8ffc1d1c56bece351b 'public/businesscard.jpg' 'Onewaydriving/businesscard.jpg'
get jerekel87/cleanclear-sd-website-ready 6ab3146d342923727348d96d7f67f0707134565e 'public/businesscard.jpg' 'cleanclear-sd-website-ready/businesscard.jpg'
get Seth44/cut-loose 40cb22204f6f337c9ec2eba60370623e87354ceb 'public/images/business_card.jpg' 'cut-loose/business_card.jpg'
get xpollen8/700west.com 34ae1ce109cf43e004153f11d357f1ef83cf7413 'public/images/business_card.jpg' '700west.com/business_card.jpg'
get HSamoen/moonnailsllc 15db83e2f0056d404df7bc51e9a5ab4384190801 'public/images/businesscard.jpg' 'moonnailsllc/businesscard.jpg'
get CamJackson-Dev/blokeutetrailertransport 8022d3735bcc902dbbe8346fe8148ca0403a168e 'public/img/business-card.jpg' 'blokeutetrailertransport/business-card.jpg'
get Ansar-H/Safe---Secure-24-7-Project 7a415eeda18b7317a2c2eeb903e495d1ef044082 'src/assets/images/business-card.jpg' 'Safe---Secure-24-7-Project/business-card.jpg'
get milagrosher11/onsite-clean-co.github.io fd45fc41171e83bcf7f7e1336554df73079c48cc 'images/business-card-front.jpg' 'onsite-clean-co.github.io/business-card-front.jpg'
get GreatCuts/greatcuts.github.io 2ee371eb6b89ca329796fa9137ebeeebf1d9c0c1 'images/card-front.jpg' 'greatcuts.github.io/card-front.jpg'
get David1platt/LivingCully c134ce4b97bb053b56b5856139204d6f4c2a83ee 'images/bizcard.jpg' 'LivingCully/bizcard.jpg'
get TAHJones/mum-and-baby-gifts a73b8e5283d8ed1f0e70da031c9223f31bcf7ab3 'assets/img/businesscard.jpg' 'mum-and-baby-gifts/businesscard.jpg'
get Paulracisz/heart-to-heart-baked-goods d46c2dc05c71b411e659e1cca92aa2b6bdfff261 'src/assets/businesscard.jpg' 'heart-to-heart-baked-goods/businesscard.jpg'
get WhitehillsWindowCleaning/whitehillswindowcleaning 82d5cbcbe13a6dda6fe00e5ee861e5483d9b56f2 'images/card.jpeg' 'whitehillswindowcleaning/card.jpeg'
get OscarViquez/Rod-painting e1fe1718717bbc18b5e8779c1483cafef6424163 'images/card.jpeg' 'Rod-painting/card.jpeg'
get summitledgerbooks/summit-ledger-books d601b145489c8f0ef31f7028312ad9f5d26bf77c 'public/images/business-card-front.png' 'summit-ledger-books/business-card-front.png'
get mskwarcan/andrews 179e2c5172e5ad5aebb0f095d8a3bedc4dfe8e66 'public/images/business_card.png' 'andrews/business_card.png'

# part 52 (held-out, India/South Asia/Middle East/Africa small firms' sites + parts 48/50 leftovers): 18 images from 18 repositories; labels in labels52.hashed.json
get pankaj-ahc/hive 761a64a76561ab70e3ed31f4e84a461b423f06c4 'visiting card.png' 'hive/visiting card.png'
get mayimdazzle/auditor c2e696060ff34174d55722ecb9acf71453cc4535 'public/images/visitingcard.jpg' 'auditor/visitingcard.jpg'
get JPTechatronics/2022-2023-A 9b9c792f39b550e8565d4b77e5a29b2dadf66722 'Visiting Card.png' '2022-2023-A/Visiting Card.png'
get Chathurangani/Samanala_Card_Center 506595ef42a3525c9a3aefef9feac45bbfee155d 'images/visiting.png' 'Samanala_Card_Center/visiting.png'
get Rakhi-tech-art/great-cybercafe-website 2b9fc319bdab7736f9fff8518f30f9e420d31a5e 'images/visiting.png' 'great-cybercafe-website/visiting.png'
get anil-ninja/Design-Projects 7839d5e76eb5208f28f0720499b27257636d6629 'visiting.png' 'Design-Projects/visiting.png'
get USamaBasraa/fourSig 855b0f4379f8319583a054a5365666c2af932209 'business card.png' 'fourSig/business card.png'
get rohngonnarock/builtample eceb4ce1a4e3fc79fa5754a23bd5fc27851b16c1 'public/visiting card.jpg' 'builtample/visiting card.jpg'
get imhari63/sribalajioffsetkvl 2b0adb7a84753bca3ad2eff7ef96f86ee7d79844 'visiting card.jpg' 'sribalajioffsetkvl/visiting card.jpg'
get Shribalajii/Shribalajii_website f8a5020abff11eb210560e60bd2f489a259e6a56 'images/business card.png' 'Shribalajii_website/business card.png'
get ennygreat/zoe e903316788ce32c7c0d30a32c45b3b67241e63c9 'images/business card.png' 'zoe/business card.png'
get melcotexture-boop/melcotexture a3866dc2136d58f46e3b70335671bf4be449d83e 'business card.jpeg' 'melcotexture/business card.jpeg'
get mohamedghazy/Graphity-website 9a4d31e98132b63ed34bdc65ce4e50412265a491 'images/business card.jpeg' 'Graphity-website/business card.jpeg'
get mujahid532/creative-craft 4da4f48c503811c4da41c2e3271e8a2eb8e0540e 'images/business card.jpeg' 'creative-craft/business card.jpeg'
get abhirammmmm/southern_site ef79ff2e2f9280d47405edbb27b5693412466dc3 'assets/images/visiting.jpg' 'southern_site/visiting.jpg'
get ZoeTech123/zoe-tech-solutions-website 86cbc86b90a48f2d578bcfcd7a4cbfdbb7dbf470 'images/business card front.jpg' 'zoe-tech-solutions-website/business card front.jpg'
get Mahesh73/RarePrint 0487802deecd64c3fbae722aec4cf8c5a67007cc 'img/visiting.jpeg' 'RarePrint/visiting.jpeg'
get Pegahlashgari/Work-samples 839c110602737ae5ce19d2f8e1508809c747bff6 'کارت ویزیت.jpg' 'Work-samples/kart-vizit.jpg'

# part 53 (held-out, card-scanner/OCR/contact-extraction projects, fifth round): 53 images from 10 repositories; labels in labels53.hashed.json
get cyan9212/Namecard-recognization-program 15d18ab285ff54c2975f631acdd7f0da8c1470f9 'example_project/posts/resource/translated_image/test1.jpg' 'Namecard-recognization-program/test1.jpg'
get cyan9212/Namecard-recognization-program 15d18ab285ff54c2975f631acdd7f0da8c1470f9 'example_project/posts/resource/translated_image/test3.jpg' 'Namecard-recognization-program/test3.jpg'
get cyan9212/Namecard-recognization-program 15d18ab285ff54c2975f631acdd7f0da8c1470f9 'example_project/posts/resource/translated_image/test4.jpg' 'Namecard-recognization-program/test4.jpg'
get k3srpn/portfolio a7290fcb7ba67f4163fa094c8c00a1cf2b80755d 'opencv/gold.jpeg' 'k3srpn-portfolio/gold.jpeg'
get picom0022/ICT_EDU_AI 08ba66b33f309890496b5c9b0ee0ee4efc69d2f7 '05_OpenCV/opencv/images/namecard1.jpg' 'ICT_EDU_AI/namecard1.jpg'
get picom0022/ICT_EDU_AI 08ba66b33f309890496b5c9b0ee0ee4efc69d2f7 '05_OpenCV/opencv/images/namecard3.jpg' 'ICT_EDU_AI/namecard3.jpg'
get NOZY-jp/nameCardManager adaaba643e770e40f7dab1c0a2ea9fc3c692000e 'docs/test_pic/PXL_20260210_195331660.MP.jpg' 'nameCardManager/PXL_20260210_195331660.MP.jpg'
get NOZY-jp/nameCardManager adaaba643e770e40f7dab1c0a2ea9fc3c692000e 'docs/test_pic/PXL_20260302_093051490.MP.jpg' 'nameCardManager/PXL_20260302_093051490.MP.jpg'
get NOZY-jp/nameCardManager adaaba643e770e40f7dab1c0a2ea9fc3c692000e 'docs/test_pic/PXL_20260302_093054407.jpg' 'nameCardManager/PXL_20260302_093054407.jpg'
get NOZY-jp/nameCardManager adaaba643e770e40f7dab1c0a2ea9fc3c692000e 'docs/test_pic/PXL_20260302_093059197.MP.jpg' 'nameCardManager/PXL_20260302_093059197.MP.jpg'
get NOZY-jp/nameCardManager adaaba643e770e40f7dab1c0a2ea9fc3c692000e 'docs/test_pic/PXL_20260302_093103550.MP.jpg' 'nameCardManager/PXL_20260302_093103550.MP.jpg'
get NOZY-jp/nameCardManager adaaba643e770e40f7dab1c0a2ea9fc3c692000e 'docs/test_pic/PXL_20260302_093111294.jpg' 'nameCardManager/PXL_20260302_093111294.jpg'
get YoBaha/BizCard-Snap 68c7c3f4aa8a94c1583485750dc9bd59090ae609 'assets/images/correct_card.jpg' 'BizCard-Snap/correct_card.jpg'
get YoBaha/BizCard-Snap 68c7c3f4aa8a94c1583485750dc9bd59090ae609 'assets/images/incorrect_card.jpg' 'BizCard-Snap/incorrect_card.jpg'
get bhaktipatil23/OCR-Business-Card 3c8e6913a5155c19fe34efda5dff73a8b6f4e296 'Test Img1/WhatsApp Image 2025-11-01 at 16.29.32_094d051e - Copy (10).jpg' 'OCR-Business-Card/WhatsApp_Image_2025-11-01_at_16.29.32_094d051e_-_Copy_10.jpg'
get bhaktipatil23/OCR-Business-Card 3c8e6913a5155c19fe34efda5dff73a8b6f4e296 'Test Img1/WhatsApp Image 2025-11-01 at 16.29.32_393c465b - Copy (10).jpg' 'OCR-Business-Card/WhatsApp_Image_2025-11-01_at_16.29.32_393c465b_-_Copy_10.jpg'
get bhaktipatil23/OCR-Business-Card 3c8e6913a5155c19fe34efda5dff73a8b6f4e296 'Test Img1/WhatsApp Image 2025-11-01 at 16.29.32_e2e6bb15 - Copy (10).jpg' 'OCR-Business-Card/WhatsApp_Image_2025-11-01_at_16.29.32_e2e6bb15_-_Copy_10.jpg'
get bhaktipatil23/OCR-Business-Card 3c8e6913a5155c19fe34efda5dff73a8b6f4e296 'Test Img1/WhatsApp Image 2025-11-01 at 16.29.33_52893d70 - Copy (10).jpg' 'OCR-Business-Card/WhatsApp_Image_2025-11-01_at_16.29.33_52893d70_-_Copy_10.jpg'
get bhaktipatil23/OCR-Business-Card 3c8e6913a5155c19fe34efda5dff73a8b6f4e296 'Test Img1/WhatsApp Image 2025-11-03 at 11.23.55_2be84469 - Copy (10).jpg' 'OCR-Business-Card/WhatsApp_Image_2025-11-03_at_11.23.55_2be84469_-_Copy_10.jpg'
get bhaktipatil23/OCR-Business-Card 3c8e6913a5155c19fe34efda5dff73a8b6f4e296 'Test Img1/WhatsApp Image 2025-11-03 at 11.23.56_3cdb988f - Copy (2).jpg' 'OCR-Business-Card/WhatsApp_Image_2025-11-03_at_11.23.56_3cdb988f_-_Copy_2.jpg'
get bhaktipatil23/OCR-Business-Card 3c8e6913a5155c19fe34efda5dff73a8b6f4e296 'Test Img1/WhatsApp Image 2025-11-03 at 11.23.57_e5bb0bed.jpg' 'OCR-Business-Card/WhatsApp_Image_2025-11-03_at_11.23.57_e5bb0bed.jpg'
get bhaktipatil23/OCR-Business-Card 3c8e6913a5155c19fe34efda5dff73a8b6f4e296 'Test Img1/WhatsApp Image 2025-11-03 at 11.23.58_4e38fb3e.jpg' 'OCR-Business-Card/WhatsApp_Image_2025-11-03_at_11.23.58_4e38fb3e.jpg'
get bhaktipatil23/OCR-Business-Card 3c8e6913a5155c19fe34efda5dff73a8b6f4e296 'Test Img1/WhatsApp Image 2025-11-03 at 11.23.58_dec99674.jpg' 'OCR-Business-Card/WhatsApp_Image_2025-11-03_at_11.23.58_dec99674.jpg'
get bhaktipatil23/OCR-Business-Card 3c8e6913a5155c19fe34efda5dff73a8b6f4e296 'Test Img1/WhatsApp Image 2025-11-03 at 11.23.58_f85d6c75.jpg' 'OCR-Business-Card/WhatsApp_Image_2025-11-03_at_11.23.58_f85d6c75.jpg'
get bhaktipatil23/OCR-Business-Card 3c8e6913a5155c19fe34efda5dff73a8b6f4e296 'Test Img1/WhatsApp Image 2025-11-03 at 11.23.59_0fd60b61.jpg' 'OCR-Business-Card/WhatsApp_Image_2025-11-03_at_11.23.59_0fd60b61.jpg'
get bhaktipatil23/OCR-Business-Card 3c8e6913a5155c19fe34efda5dff73a8b6f4e296 'Test Img1/WhatsApp Image 2025-11-03 at 11.23.59_47ada190.jpg' 'OCR-Business-Card/WhatsApp_Image_2025-11-03_at_11.23.59_47ada190.jpg'
get bhaktipatil23/OCR-Business-Card 3c8e6913a5155c19fe34efda5dff73a8b6f4e296 'Test Img1/WhatsApp Image 2025-11-03 at 11.23.59_8496966e.jpg' 'OCR-Business-Card/WhatsApp_Image_2025-11-03_at_11.23.59_8496966e.jpg'
get bhaktipatil23/OCR-Business-Card 3c8e6913a5155c19fe34efda5dff73a8b6f4e296 'Test Img1/WhatsApp Image 2025-11-03 at 11.24.00_060488ba.jpg' 'OCR-Business-Card/WhatsApp_Image_2025-11-03_at_11.24.00_060488ba.jpg'
get bhaktipatil23/OCR-Business-Card 3c8e6913a5155c19fe34efda5dff73a8b6f4e296 'Test img/WhatsApp Image 2025-11-03 at 11.23.56_f7bc1a90 - Copy (10).jpg' 'OCR-Business-Card/WhatsApp_Image_2025-11-03_at_11.23.56_f7bc1a90_-_Copy_10.jpg'
get bhaktipatil23/OCR-Business-Card 3c8e6913a5155c19fe34efda5dff73a8b6f4e296 'Test img/WhatsApp Image 2025-11-03 at 11.23.57_0bcc7dc9 - Copy (10).jpg' 'OCR-Business-Card/WhatsApp_Image_2025-11-03_at_11.23.57_0bcc7dc9_-_Copy_10.jpg'
get bhaktipatil23/OCR-Business-Card 3c8e6913a5155c19fe34efda5dff73a8b6f4e296 'Test img/WhatsApp Image 2025-11-03 at 11.23.57_52c48d25 - Copy (10).jpg' 'OCR-Business-Card/WhatsApp_Image_2025-11-03_at_11.23.57_52c48d25_-_Copy_10.jpg'
get suddenly-inui/BusinessCardScanner 9e0278affa1b9fcd4430a00972558541895198a0 'images/sampleOriginal/IMG_4941.jpg' 'suddenly-inui-BusinessCardScanner/IMG_4941.jpg'
get suddenly-inui/BusinessCardScanner 9e0278affa1b9fcd4430a00972558541895198a0 'images/sampleOriginal/IMG_4942.jpg' 'suddenly-inui-BusinessCardScanner/IMG_4942.jpg'
get suddenly-inui/BusinessCardScanner 9e0278affa1b9fcd4430a00972558541895198a0 'images/sampleOriginal/IMG_4981.jpg' 'suddenly-inui-BusinessCardScanner/IMG_4981.jpg'
get suddenly-inui/BusinessCardScanner 9e0278affa1b9fcd4430a00972558541895198a0 'images/sampleOriginal/IMG_4983.jpg' 'suddenly-inui-BusinessCardScanner/IMG_4983.jpg'
get suddenly-inui/BusinessCardScanner 9e0278affa1b9fcd4430a00972558541895198a0 'images/sampleOriginal/IMG_4984.jpg' 'suddenly-inui-BusinessCardScanner/IMG_4984.jpg'
get suddenly-inui/BusinessCardScanner 9e0278affa1b9fcd4430a00972558541895198a0 'images/sampleOriginal/IMG_4985.jpg' 'suddenly-inui-BusinessCardScanner/IMG_4985.jpg'
get suddenly-inui/BusinessCardScanner 9e0278affa1b9fcd4430a00972558541895198a0 'images/sampleOriginal/IMG_4989.jpg' 'suddenly-inui-BusinessCardScanner/IMG_4989.jpg'
get suddenly-inui/BusinessCardScanner 9e0278affa1b9fcd4430a00972558541895198a0 'images/sampleOriginal/IMG_4990.jpg' 'suddenly-inui-BusinessCardScanner/IMG_4990.jpg'
get suddenly-inui/BusinessCardScanner 9e0278affa1b9fcd4430a00972558541895198a0 'images/sampleOriginal/IMG_4991.jpg' 'suddenly-inui-BusinessCardScanner/IMG_4991.jpg'
get suddenly-inui/BusinessCardScanner 9e0278affa1b9fcd4430a00972558541895198a0 'images/sampleOriginal/IMG_4992.jpg' 'suddenly-inui-BusinessCardScanner/IMG_4992.jpg'
get suddenly-inui/BusinessCardScanner 9e0278affa1b9fcd4430a00972558541895198a0 'images/sampleOriginal/IMG_4993.jpg' 'suddenly-inui-BusinessCardScanner/IMG_4993.jpg'
get suddenly-inui/BusinessCardScanner 9e0278affa1b9fcd4430a00972558541895198a0 'images/sampleOriginal/IMG_4994.jpg' 'suddenly-inui-BusinessCardScanner/IMG_4994.jpg'
get suddenly-inui/BusinessCardScanner 9e0278affa1b9fcd4430a00972558541895198a0 'images/sampleOriginal/IMG_4986.jpg' 'suddenly-inui-BusinessCardScanner/IMG_4986.jpg'
get suddenly-inui/BusinessCardScanner 9e0278affa1b9fcd4430a00972558541895198a0 'images/sampleOriginal/IMG_4987.jpg' 'suddenly-inui-BusinessCardScanner/IMG_4987.jpg'
get suddenly-inui/BusinessCardScanner 9e0278affa1b9fcd4430a00972558541895198a0 'images/sampleOriginal/IMG_4988.jpg' 'suddenly-inui-BusinessCardScanner/IMG_4988.jpg'
get bhaktipatil23/Final-OCR-Business-Card c43973848b7c62f316b910ff6a545cbac752503a 'OCR-Business-Card/Test_DataSet/test1/IMG-20251112-WA0013.jpg' 'Final-OCR-Business-Card/IMG-20251112-WA0013.jpg'
get bhaktipatil23/Final-OCR-Business-Card c43973848b7c62f316b910ff6a545cbac752503a 'OCR-Business-Card/Test_DataSet/test1/IMG-20251112-WA0017.jpg' 'Final-OCR-Business-Card/IMG-20251112-WA0017.jpg'
get bhaktipatil23/Final-OCR-Business-Card c43973848b7c62f316b910ff6a545cbac752503a 'OCR-Business-Card/Test_DataSet/test1/IMG-20251112-WA0016.jpg' 'Final-OCR-Business-Card/IMG-20251112-WA0016.jpg'
get bhaktipatil23/Final-OCR-Business-Card c43973848b7c62f316b910ff6a545cbac752503a 'OCR-Business-Card/Test_DataSet/test1/IMG-20251112-WA0019.jpg' 'Final-OCR-Business-Card/IMG-20251112-WA0019.jpg'
get Kritesh7/CardScanner 609836a6a4961124b3a53045accca3e6c55c6598 'app/src/main/res/drawable/realcard.jpg' 'Kritesh7-CardScanner/realcard.jpg'
get linhdq/BusinessCardScanner ac8e079baa7314be4a5049af1813dc0d0bafc83b 'app/src/main/res/mipmap-mdpi/card4.jpg' 'linhdq-BusinessCardScanner/card4.jpg'
get linhdq/BusinessCardScanner ac8e079baa7314be4a5049af1813dc0d0bafc83b 'app/src/main/res/mipmap-mdpi/card7.jpg' 'linhdq-BusinessCardScanner/card7.jpg'

# part 54 (held-out, small firms' own cards in the US, UK, Ireland, Canada, Australia and New Zealand found by card-image file names): 20 images from 20 repositories; labels in labels54.hashed.json
get NereidaRondon/Locksmith 3f7f295bab181941c6aefa7e4105bbb2f16cbfd2 'src/images/business-card.jpg' 'Locksmith/business-card.jpg'
get kyleulman/cts-hauling-llc 537404df2ae6366099799cc93c99e5c620266a0c 'static/business-card.jpg' 'cts-hauling-llc/business-card.jpg'
get emmiejw/wdat 80bc18313eb85419baf27d31644b881be2b26f12 'public/images/bcard.jpg' 'wdat/bcard.jpg'
get alirezadk2016/MAK-Painting 638245c72110df9c211edc7ebc38abeaafcee31b 'public/business-card-front.jpg' 'MAK-Painting/business-card-front.jpg'
get Moshe-jpg/symetryx 2dfa5fee5ec7a54e39ff2c05bea4e1f0d515e5a9 'src/assets/business-card.jpeg' 'symetryx/business-card.jpeg'
get surk19/jdvcustompainting eb653d3b9b563e00f419c08574926bac1651e337 'assets/images/business-card.jpeg' 'jdvcustompainting/business-card.jpeg'
get banool/taxdefence 7315b905a8aae7196216024e8f824edc250a8f3a 'images/Business Card.png' 'taxdefence/Business_Card.png'
get ac1606/holistic-sound-healing-888-prototype 9413b4cc5449cb1e22f3e2187ff0ef608f992d31 'assets/images/business-card-back.jpg' 'holistic-sound-healing-888-prototype/business-card-back.jpg'
get lattrellsapon/valley-plumbing-and-drainage-ltd d545733804590e0f0eef60c2c4f830eff9ad5348 'src/images/business-card.png' 'valley-plumbing-and-drainage-ltd/business-card.png'
get 192Iridium77/AbacusFinance 2a12fb705fc17bcb38cca2835ca3f1c558513761 'public/images/businessCard.jpg' 'AbacusFinance/businessCard.jpg'
get JimmyDLA/nycWreck 3246ee130c80eeb693222b4b478f1c698069f31c 'public/businessCard.jpg' 'nycWreck/businessCard.jpg'
get noumanniazi/enjoyarizonaliving c203b338ed65ce4e871b298c14046b62bae485c0 'images/businessCard.png' 'enjoyarizonaliving/businessCard.png'
get Billionares-Setup/NailVibe 2cfc12ca6e7e6c6534052b01ba27d094f3eebff1 'src/assets/BusinessCard.png' 'NailVibe/BusinessCard.png'
get Loughie3/web-site 8dd46c8a81cab729a18101995ca07b2042511614 'src/assets/businessCard.jpg' 'Loughie3-web-site/businessCard.jpg'
get cleanovapropertyservices/CleanovaPropertyServices1 e70ce99963beda4b83268c222e5c55036afc583e 'public/businessCard.png' 'CleanovaPropertyServices1/businessCard.png'
get ivanmihov/kmcleaning.bid 77a1ef16fcf97f5b355df87954c168679e59d1a1 'img/business_card.jpeg' 'kmcleaning.bid/business_card.jpeg'
get cbernhard21/stinger-trucking-site-v2 36bceab5c817d1eb7617b1e94361d37edde0b645 'images/business-card-min.jpg' 'stinger-trucking-site-v2/business-card-min.jpg'
get mikewill4/grouphouseproductions be9cce06a0aff346002d6d6fcdac3ccf40f34bfd 'images/businesscards.jpg' 'grouphouseproductions/businesscards.jpg'
get Nmotley92/paper-route-bullies 66e81e28be63de8a616a78bca85dcc7ed95e69b6 'images/business card.png' 'paper-route-bullies/business_card.png'
get BlueFenixProductions/Blue-Fenix-Productions-LLC 011510ec200546327aab9ec3fabcc5bd4f296745 'assets/images/businesscard.png' 'Blue-Fenix-Productions-LLC/businesscard.png'

# part 55 (held-out, Latin American, South-East Asian and Southern/Eastern European small firms' own cards): 21 images from 17 repositories; labels in labels55.hashed.json
get Bytr97/odontoplus-site 08072b086be8147c12077419e11bb79c39280924 'tarjeta_presentacion.jpg' 'odontoplus-site/tarjeta_presentacion.jpg'
get JohnBel807/taxisbucarmanga f961fb26a1335d690333d68e004ade2cf21c3894 'tarjeta.jpeg' 'taxisbucarmanga/tarjeta.jpeg'
get stylefactor/stylefactor.github.io 498c7abcc83bca216f55f3437d9dc4054fab512f 'tarjeta.jpeg' 'stylefactor.github.io/tarjeta.jpeg'
get igorssc/IGS-Design daa19ff3cd195400e590655a221970dbdbd84220 'src/assets/portfolio/cartao-de-visita-igs-design.webp' 'IGS-Design/cartao-de-visita-igs-design.webp'
get igorssc/IGS-Design daa19ff3cd195400e590655a221970dbdbd84220 'src/assets/portfolio/cartao-de-visita-oficina-3-irmaos.webp' 'IGS-Design/cartao-de-visita-oficina-3-irmaos.webp'
get igorssc/IGS-Design daa19ff3cd195400e590655a221970dbdbd84220 'src/assets/portfolio/cartao-de-visita-salao-lion.webp' 'IGS-Design/cartao-de-visita-salao-lion.webp'
get igorssc/IGS-Design daa19ff3cd195400e590655a221970dbdbd84220 'src/assets/portfolio/cartao-de-visita-somatorio-nucleo-de-ensino.webp' 'IGS-Design/cartao-de-visita-somatorio-nucleo-de-ensino.webp'
get VithorRoder/Site-Phoenix 2bc4f799366f06928cd3515958c842b759114a1d 'Images/portfolio/CartaoDeVisita.png' 'Site-Phoenix/CartaoDeVisita.png'
get MarkosVS/nidda 3504b85642e0b527ace5990e19cdbfd9fc7a1810 'images/portfolio/cartao-visita.png' 'nidda/cartao-visita.png'
get jeangsm/jean_portifolio 927bf9f63d53891d38220c8610596cd123a77643 'public/images/jobs_images/continental-construcoes-cartoes-de-visita_1.jpg' 'jean_portifolio/continental-construcoes-cartoes-de-visita_1.jpg'
get jeangsm/jean_portifolio 927bf9f63d53891d38220c8610596cd123a77643 'public/images/jobs_images/ja-manutencao-cartoes-de-visita_2.jpg' 'jean_portifolio/ja-manutencao-cartoes-de-visita_2.jpg'
get epsi-rns/akutidaktahu-hexo e3583c0028631404d7e1ec263005330c8679f797 'source/posts/desain/2017/10-kartu-nama/01-business-card-oto-spies.png' 'akutidaktahu-hexo/01-business-card-oto-spies.png'
get MarielaColo-Estudio/herreria 226cc780af98d611a19a0bb575af4217c37dd115 'img/tarjeta.jpg' 'herreria/tarjeta.jpg'
get laialii/ClinicaORTHOS 261f4875035d6ac590b1fb9b616c1fb1ef2676a5 'img/cartao-visita.jpg' 'ClinicaORTHOS/cartao-visita.jpg'
get FedeDeLuca/JMEstetica f36d1960c6d82fe5a90e8f4ad4488bbe85d96f38 'assets/tarjeta.jpg' 'JMEstetica/tarjeta.jpg'
get clubdetiroanacondas/clubdetiroanacondas 3f679ac4fb4cde117f30f0c74e5fe3865f135a24 'assets/tarjeta.jpg' 'clubdetiroanacondas/tarjeta.jpg'
get Evandro01Silva/salao-unhas 8ae28f7dc1c7d4f6724203150a51effb08dabd51 'images/cartao.jpg' 'salao-unhas/cartao.jpg'
get Charly-8/dcgfactory cb72e4e574016763b4b0b27a572c61bbff3ef9e5 'img/tarjeta.jpg' 'dcgfactory/tarjeta.jpg'
get pedorororo/TOP_MOTOS 4c765e19400a481d8faaa8c80ca83351ed7cdbac 'img/cartao.jpg' 'TOP_MOTOS/cartao.jpg'
get Ogil11/MakroBaterias 7ae0fa2c3ea10b2924011d238593c1c4068ee602 'assets/img/tarjeta.jpg' 'MakroBaterias/tarjeta.jpg'
get wadlyd/ikamanicure b38d360d30e6889a545350b79b4813a3bb737dcf 'img/tarjeta.jpeg' 'ikamanicure/tarjeta.jpeg'

echo "extracted $(find "$O" -type f | wc -l) files into $O"
